package org.devopssim.simulation.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How a service's instance count is managed.
 *
 * @param targetUtilization the utilisation a reactive policy aims for (0..1)
 */
public record Autoscaling(Policy policy, int minInstances, int maxInstances, double targetUtilization) {

    public enum Policy {
        @JsonProperty("manual") MANUAL,
        @JsonProperty("reactive") REACTIVE,
        @JsonProperty("scheduled") SCHEDULED,
        @JsonProperty("predictive") PREDICTIVE
    }
}
