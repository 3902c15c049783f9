package org.devopssim.simulation.model;

import java.util.List;
import java.util.Optional;

/**
 * A whole simulated system as written in a topology file.
 *
 * @param schemaVersion version of the file format ({@link #SCHEMA_VERSION} is what this build writes)
 */
public record Topology(int schemaVersion, String name, Mode mode, String description,
                       Workload workload, Security security, Delivery delivery,
                       List<Node> nodes, List<Link> links) {

    public static final int SCHEMA_VERSION = 1;

    public Topology {
        nodes = nodes == null ? List.of() : List.copyOf(nodes);
        links = links == null ? List.of() : List.copyOf(links);
    }

    public Optional<Node> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    public Topology withNodesAndLinks(List<Node> newNodes, List<Link> newLinks) {
        return new Topology(schemaVersion, name, mode, description, workload, security, delivery, newNodes, newLinks);
    }
}
