package org.devopssim.simulation.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Splits HTTP traffic over its targets. A global anycast balancer sends each source's traffic to
 * the healthy target nearest to it (same region first).
 */
public record LoadBalancer(String id, String name, String parent, Position position,
                           Scope scope, Policy policy, Integer port, boolean tls, Capacity capacity)
        implements Node {

    public enum Scope {
        @JsonProperty("regional-l7") REGIONAL_L7,
        @JsonProperty("global-anycast") GLOBAL_ANYCAST
    }

    public enum Policy {
        @JsonProperty("round-robin") ROUND_ROBIN,
        @JsonProperty("least-connections") LEAST_CONNECTIONS,
        @JsonProperty("weighted") WEIGHTED
    }
}
