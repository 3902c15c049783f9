package org.devopssim.simulation.imports.compose;

/**
 * One container port and, when published, the host port users reach it on.
 *
 * @param hostPort null when not published, or published on a port the engine picks
 */
public record PortMapping(Integer hostPort, int containerPort, String protocol, boolean published) {
}
