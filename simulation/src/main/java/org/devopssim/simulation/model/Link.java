package org.devopssim.simulation.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A typed, directed connection between two nodes.
 *
 * @param weight     traffic weight for weighted load balancing (null means 1)
 * @param resilience timeouts, retries, circuit breaker, rate limit and bulkhead on this link;
 *                   null: none of them, as in the seed's architecture
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Link(String from, String to, LinkType type, Double weight, Resilience resilience) {

    public Link(String from, String to, LinkType type) {
        this(from, to, type, null, null);
    }

    public Link(String from, String to, LinkType type, Double weight) {
        this(from, to, type, weight, null);
    }

    public double weightOrDefault() {
        return weight == null ? 1.0 : weight;
    }
}
