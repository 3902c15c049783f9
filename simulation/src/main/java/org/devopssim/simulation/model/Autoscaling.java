package org.devopssim.simulation.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * How a service's instance count is managed.
 *
 * @param targetUtilization the utilisation a reactive or predictive policy aims for (0..1)
 * @param schedule          for the scheduled policy: instance counts by local hour
 * @param scaleUpWindowSeconds   scale up only to the lowest recommendation of this window (HPA; null: 0)
 * @param scaleDownWindowSeconds scale down only to the highest recommendation of this window (HPA; null: 300)
 * @param cooldownSeconds        at least this long between two changes of the count (null: 0)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Autoscaling(Policy policy, int minInstances, int maxInstances, double targetUtilization,
                          List<ScheduledCount> schedule, Integer scaleUpWindowSeconds, Integer scaleDownWindowSeconds,
                          Integer cooldownSeconds) {

    public Autoscaling {
        schedule = schedule == null ? List.of() : List.copyOf(schedule);
    }

    public Autoscaling(Policy policy, int minInstances, int maxInstances, double targetUtilization) {
        this(policy, minInstances, maxInstances, targetUtilization, List.of());
    }

    public Autoscaling(Policy policy, int minInstances, int maxInstances, double targetUtilization,
                       List<ScheduledCount> schedule) {
        this(policy, minInstances, maxInstances, targetUtilization, schedule, null, null, null);
    }

    public int upWindow() {
        return scaleUpWindowSeconds == null ? 0 : scaleUpWindowSeconds;
    }

    public int downWindow() {
        return scaleDownWindowSeconds == null ? 300 : scaleDownWindowSeconds;
    }

    public int cooldown() {
        return cooldownSeconds == null ? 0 : cooldownSeconds;
    }

    /** From {@code fromHour} (local time, 0..23) on, run {@code instances}. */
    public record ScheduledCount(int fromHour, int instances) {
    }

    public enum Policy {
        @JsonProperty("manual") MANUAL,
        @JsonProperty("reactive") REACTIVE,
        @JsonProperty("scheduled") SCHEDULED,
        @JsonProperty("predictive") PREDICTIVE,
        /** A policy learned by reinforcement learning (the ml module's); reactive until one is attached. */
        @JsonProperty("rl") RL
    }
}
