package org.devopssim.simulation.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A typed, directed connection between two nodes.
 *
 * @param weight traffic weight for weighted load balancing (null means 1)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Link(String from, String to, LinkType type, Double weight) {
    public Link(String from, String to, LinkType type) {
        this(from, to, type, null);
    }

    public double weightOrDefault() {
        return weight == null ? 1.0 : weight;
    }
}
