package org.devopssim.simulation.exercise;

import org.devopssim.simulation.model.Workload;

/** Workload fields an exercise changes on its topology; null keeps the topology's value. */
public record WorkloadOverrides(String start, Double dailyAmplitude, Double weekendFactor, Double noise,
                                Double readRatio, Double authShare, Double eventShare, Double timeoutSeconds) {

    public static final WorkloadOverrides NONE = new WorkloadOverrides(null, null, null, null, null, null, null, null);

    public Workload applyTo(Workload w) {
        Workload base = w == null ? Workload.defaults() : w;
        return new Workload(start != null ? start : base.start(),
                or(dailyAmplitude, base.dailyAmplitude()), or(weekendFactor, base.weekendFactor()),
                or(noise, base.noise()), or(readRatio, base.readRatio()), or(authShare, base.authShare()),
                or(eventShare, base.eventShare()), or(timeoutSeconds, base.timeoutSeconds()));
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    private static double or(Double value, double fallback) {
        return value != null ? value : fallback;
    }
}
