package org.devopssim.ui.chart;

import java.util.List;
import org.devopssim.simulation.metrics.Metric;

/** What a chart shows; each reads one or two metrics of the selection (or of the system). */
public enum ChartKind {
    REQUESTS("Request rate", List.of(Metric.REQUEST_RATE)),
    LATENCY("Latency p50 / p95 / p99", List.of(Metric.LATENCY_P50, Metric.LATENCY_P95, Metric.LATENCY_P99)),
    ERRORS("Error rate", List.of(Metric.ERROR_RATE)),
    RESOURCES("CPU / memory", List.of(Metric.CPU, Metric.MEMORY)),
    CAPACITY("Instances vs demand", List.of(Metric.INSTANCES)),
    REPLICATION("Replication lag", List.of(Metric.REPLICATION_LAG)),
    COST("Cost", List.of(Metric.COST_PER_HOUR));

    private final String label;
    private final List<Metric> metrics;

    ChartKind(String label, List<Metric> metrics) {
        this.label = label;
        this.metrics = metrics;
    }

    public List<Metric> metrics() {
        return metrics;
    }

    @Override
    public String toString() {
        return label;
    }
}
