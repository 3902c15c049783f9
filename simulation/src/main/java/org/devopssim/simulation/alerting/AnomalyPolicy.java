package org.devopssim.simulation.alerting;

import java.util.List;
import java.util.Objects;
import org.devopssim.simulation.events.Severity;
import org.devopssim.simulation.metrics.Metric;

/**
 * Which series an anomaly detector watches and when its score raises an alert: a score of at
 * least {@code threshold} for {@code forSeconds} (a single odd second is not worth a notice).
 */
public record AnomalyPolicy(Target target, List<Metric> metrics, double threshold, long forSeconds,
                            Severity severity) {

    public AnomalyPolicy {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(severity, "severity");
        metrics = List.copyOf(metrics);
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("anomaly threshold must be in (0, 1]: " + threshold);
        }
        if (forSeconds < 0) {
            throw new IllegalArgumentException("for-duration must be >= 0: " + forSeconds);
        }
    }
}
