package org.devopssim.simulation.model;

import java.util.List;

/**
 * An application service (e.g. Node.js + Express) with its instances.
 *
 * @param debugPort   a debugger port (Development's 9229), null when none
 * @param hotReload   restarts on code change (Development)
 * @param features    free-form capability tags shown to the user, e.g. "ml-inference"
 * @param autoscaling how its instance count is managed; null means manual
 */
public record AppService(String id, String name, String parent, Position position,
                         String technology, List<Integer> ports, Integer debugPort, boolean hotReload,
                         Capacity capacity, Autoscaling autoscaling, List<String> features) implements Node {
}
