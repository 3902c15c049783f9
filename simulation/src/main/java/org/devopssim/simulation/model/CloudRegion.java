package org.devopssim.simulation.model;

import java.util.List;

/**
 * A cloud region: a container for clusters and nodes.
 *
 * @param utcOffsetHours local time of the users it serves, for follow-the-sun traffic
 */
public record CloudRegion(String id, String name, String parent, Position position,
                          Provider provider, String location, List<String> zones, double utcOffsetHours)
        implements Node {
}
