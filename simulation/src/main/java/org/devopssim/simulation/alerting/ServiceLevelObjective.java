package org.devopssim.simulation.alerting;

import java.util.Objects;

/**
 * An SLO: {@code targetPercent} of the requests of each service the target covers are good over
 * a rolling window, e.g. availability 99.9% over 30 days, or 95% of requests under 300 ms
 * (that is, p95 < 300 ms). The error budget is the {@code 100 - targetPercent} percent allowed to fail.
 */
public record ServiceLevelObjective(String name, Target service, Objective objective, double targetPercent,
                                    long windowSeconds) {

    public ServiceLevelObjective {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(objective, "objective");
        if (!(targetPercent > 0 && targetPercent < 100)) {
            throw new IllegalArgumentException("SLO target must be between 0 and 100 percent, exclusive: "
                    + targetPercent);
        }
        if (windowSeconds < 60) {
            throw new IllegalArgumentException("SLO window must be at least a minute: " + windowSeconds + " s");
        }
    }

    /** The share of requests allowed to be bad, e.g. 0.001 for 99.9%. */
    public double budgetRatio() {
        return (100 - targetPercent) / 100;
    }

    public String describe() {
        return objective.describe() + " " + AlertText.number(targetPercent) + "% over "
                + AlertText.duration(windowSeconds);
    }
}
