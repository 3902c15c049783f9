package org.devopssim.simulation.alerting;

import org.devopssim.simulation.engine.NodeStatus;
import org.devopssim.simulation.engine.SystemStatus;

/**
 * One second's requests of a service and how many of them were bad for an objective. The engine
 * reports rates and latency quantiles, not single requests, so the slow share is estimated from
 * the quantiles.
 */
record RequestCounts(double requests, double bad) {

    static RequestCounts of(SystemStatus s, Objective objective) {
        return count(s.offeredRps(), s.errorRate(), s.latencyP50Ms(), s.latencyP95Ms(), s.latencyP99Ms(), objective);
    }

    /**
     * A node's requests. Its latency is what its callers wait: its own quantiles shifted by what
     * its dependencies add at p95 (the engine reports the whole path only at p95).
     */
    static RequestCounts of(NodeStatus s, Objective objective) {
        double path = Math.max(0, s.endToEndP95Ms() - s.latencyP95Ms());
        return count(s.requestRate(), s.errorRate(), s.latencyP50Ms() + path, s.latencyP95Ms() + path,
                s.latencyP99Ms() + path, objective);
    }

    private static RequestCounts count(double rate, double errorPercent, double p50, double p95, double p99,
                                       Objective objective) {
        double requests = Math.max(0, rate);
        return switch (objective) {
            case Objective.Availability a -> new RequestCounts(requests, requests * errorPercent / 100);
            case Objective.Latency l -> {
                // Failed requests count against availability, not latency.
                double answered = requests * (1 - errorPercent / 100);
                yield new RequestCounts(answered, answered * slowerThan(l.thresholdMs(), p50, p95, p99));
            }
        };
    }

    /**
     * Share of requests slower than {@code threshold}, from three quantiles: the survival curve
     * through (0, 1), (p50, 0.5), (p95, 0.05), (p99, 0.01), log-linear between the points and an
     * exponential tail beyond p99 that keeps the p95-p99 decay.
     */
    static double slowerThan(double threshold, double p50, double p95, double p99) {
        if (threshold <= 0) {
            return 1;
        }
        if (p99 <= 0) {
            return 0;
        }
        double[] x = {0, p50, p95, p99};
        double[] s = {1, 0.5, 0.05, 0.01};
        for (int k = 1; k < x.length; k++) {
            if (threshold < x[k]) {
                double span = x[k] - x[k - 1];
                double f = span > 0 ? (threshold - x[k - 1]) / span : 1;
                return Math.exp(Math.log(s[k - 1]) + f * (Math.log(s[k]) - Math.log(s[k - 1])));
            }
        }
        double decay = p99 > p95 ? Math.log(5) / (p99 - p95) : Double.POSITIVE_INFINITY;
        return 0.01 * Math.exp(-(threshold - p99) * decay);
    }
}
