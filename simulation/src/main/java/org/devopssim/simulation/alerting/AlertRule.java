package org.devopssim.simulation.alerting;

import java.util.Objects;
import org.devopssim.simulation.events.Severity;
import org.devopssim.simulation.metrics.Metric;

/**
 * A threshold rule in the spirit of a Prometheus alerting rule: for every node the target covers
 * that records {@code metric}, the alert goes pending when {@code value comparison threshold}
 * holds and fires once it has held for {@code forSeconds}.
 *
 * @param summary text with placeholders {@code {node}}, {@code {value}} and {@code {threshold}}
 */
public record AlertRule(String name, Metric metric, Target target, Comparison comparison, double threshold,
                        long forSeconds, Severity severity, String summary) {

    public AlertRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(severity, "severity");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a rule needs a name");
        }
        if (forSeconds < 0) {
            throw new IllegalArgumentException("for-duration must be >= 0: " + forSeconds);
        }
        summary = summary == null || summary.isBlank()
                ? "{node}: " + metric.label() + " {value} " + comparison.symbol() + " {threshold} " + metric.unit()
                : summary;
    }

    String describe(String nodeId, double value) {
        return summary.replace("{node}", nodeId)
                .replace("{value}", AlertText.number(value))
                .replace("{threshold}", AlertText.number(threshold));
    }
}
