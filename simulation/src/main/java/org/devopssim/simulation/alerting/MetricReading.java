package org.devopssim.simulation.alerting;

import org.devopssim.simulation.engine.NodeStatus;
import org.devopssim.simulation.engine.SystemStatus;
import org.devopssim.simulation.metrics.Metric;

/**
 * This second's value of a metric, read from the engine's status records: the same figures the
 * metrics store records, without a store query (and its allocation) per rule, node and second.
 */
final class MetricReading {

    private MetricReading() {
    }

    static double of(NodeStatus s, Metric m) {
        return s.value(m);
    }

    static double of(SystemStatus s, Metric m) {
        return s.value(m);
    }

    /** The name written in files: {@code LATENCY_P95} is {@code latency-p95}. */
    static String wireName(Metric m) {
        return m.name().toLowerCase().replace('_', '-');
    }

    /** @throws IllegalArgumentException listing the accepted names */
    static Metric parse(String wire) {
        for (Metric m : Metric.values()) {
            if (wireName(m).equals(wire)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown metric '" + wire + "'; expected one of "
                + java.util.Arrays.stream(Metric.values()).map(MetricReading::wireName).toList());
    }
}
