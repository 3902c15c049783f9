package org.devopssim.simulation.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * How a service's instance count is managed.
 *
 * @param targetUtilization the utilisation a reactive or predictive policy aims for (0..1)
 * @param schedule          for the scheduled policy: instance counts by local hour
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Autoscaling(Policy policy, int minInstances, int maxInstances, double targetUtilization,
                          List<ScheduledCount> schedule) {

    public Autoscaling {
        schedule = schedule == null ? List.of() : List.copyOf(schedule);
    }

    public Autoscaling(Policy policy, int minInstances, int maxInstances, double targetUtilization) {
        this(policy, minInstances, maxInstances, targetUtilization, List.of());
    }

    /** From {@code fromHour} (local time, 0..23) on, run {@code instances}. */
    public record ScheduledCount(int fromHour, int instances) {
    }

    public enum Policy {
        @JsonProperty("manual") MANUAL,
        @JsonProperty("reactive") REACTIVE,
        @JsonProperty("scheduled") SCHEDULED,
        @JsonProperty("predictive") PREDICTIVE
    }
}
