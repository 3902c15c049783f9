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
 * @param window  null to compare this second's value; otherwise the value aggregated over the
 *                last seconds (PromQL's {@code avg_over_time(x[5m])}, {@code rate(c[5m])})
 */
public record AlertRule(String name, Metric metric, Target target, Comparison comparison, double threshold,
                        long forSeconds, Severity severity, String summary, Window window) {

    /** How samples over a trailing window become the one value a rule compares. */
    public enum Aggregation { AVG, MAX, MIN }

    /** A trailing window of {@code seconds}, ending at the evaluated second. */
    public record Window(Aggregation aggregation, long seconds) {
        public Window {
            Objects.requireNonNull(aggregation, "aggregation");
            if (seconds < 1) {
                throw new IllegalArgumentException("a window must be at least 1 s: " + seconds);
            }
        }

        /** PromQL-like text, e.g. {@code avg over 5m}. */
        public String text() {
            return aggregation.name().toLowerCase() + " over " + seconds + "s";
        }
    }

    /** A rule on this second's value. */
    public AlertRule(String name, Metric metric, Target target, Comparison comparison, double threshold,
                     long forSeconds, Severity severity, String summary) {
        this(name, metric, target, comparison, threshold, forSeconds, severity, summary, null);
    }

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
