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
        return switch (m) {
            case REQUEST_RATE -> s.requestRate();
            case ERROR_RATE -> s.errorRate();
            case LATENCY_P50 -> s.latencyP50Ms();
            case LATENCY_P95 -> s.latencyP95Ms();
            case LATENCY_P99 -> s.latencyP99Ms();
            case CPU -> s.cpu();
            case MEMORY -> s.memory();
            case DISK -> s.disk();
            case NETWORK -> s.networkMBps();
            case QUEUE -> s.queue();
            case INSTANCES -> s.instancesReady();
            case REPLICATION_LAG -> s.replicationLagSeconds();
            case CACHE_HIT_RATIO -> s.cacheHitRatio();
            case CONSUMER_LAG -> s.consumerLag();
            case CONNECTIONS -> s.connections();
            case COST_PER_HOUR -> s.costPerHour();
            case AVAILABILITY -> 100 - s.errorRate();
            case BUILD_TIME -> s.buildSeconds();
        };
    }

    static double of(SystemStatus s, Metric m) {
        return switch (m) {
            case REQUEST_RATE -> s.offeredRps();
            case ERROR_RATE -> s.errorRate();
            case LATENCY_P50 -> s.latencyP50Ms();
            case LATENCY_P95 -> s.latencyP95Ms();
            case LATENCY_P99 -> s.latencyP99Ms();
            case CPU -> s.cpu();
            case INSTANCES -> s.instances();
            case COST_PER_HOUR -> s.costPerHour();
            case AVAILABILITY -> s.availability();
            case QUEUE -> s.queued();
            default -> Double.NaN;
        };
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
