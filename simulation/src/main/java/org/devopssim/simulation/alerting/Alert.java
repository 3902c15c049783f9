package org.devopssim.simulation.alerting;

import org.devopssim.simulation.events.Severity;
import org.devopssim.simulation.metrics.Metric;

/**
 * One alert as the UI and reports see it: immutable, safe to hand to any thread.
 *
 * @param nodeId      the node, or {@code system} for the whole system
 * @param source      what raised it: {@code rule}, {@code slo} or {@code anomaly}
 * @param since       second the condition started to hold (pending since)
 * @param firingSince second it started firing, null while pending
 * @param resolvedAt  second it resolved, null until then
 * @param value       the newest value of what the condition looks at
 * @param silenced    a silence mutes its notifications now
 */
public record Alert(String name, String nodeId, Severity severity, String source, AlertState state, long since,
                    Long firingSince, Long resolvedAt, double value, String summary, boolean silenced) {

    /** What the ML anomaly detector raised on one metric of a node, e.g. {@code Anomaly(request-rate)}. */
    public static String anomalyName(Metric metric) {
        return "Anomaly(" + MetricReading.wireName(metric) + ")";
    }

    public boolean isAnomaly() {
        return "anomaly".equals(source);
    }
}
