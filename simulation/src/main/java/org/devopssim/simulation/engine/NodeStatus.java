package org.devopssim.simulation.engine;

/**
 * One node's figures at one simulated second. Rates are per second, latencies in milliseconds,
 * percentages 0..100. Kind-specific figures are 0 where they do not apply.
 *
 * @param latencyP95Ms   this node's own latency (queueing + service), not its dependencies'
 * @param endToEndP95Ms  the request path's p95 from this node down through its dependencies
 * @param buildSeconds   the last hot-reload build's duration (Development), 0 when none
 */
public record NodeStatus(String id, Health health, int instancesReady, int instancesBooting,
                         double requestRate, double errorRate, double latencyP50Ms, double latencyP95Ms,
                         double latencyP99Ms, double endToEndP95Ms, double utilization, double cpu,
                         double memory, double disk, double networkMBps, double queue,
                         double replicationLagSeconds, double cacheHitRatio, double consumerLag,
                         double connections, double costPerHour, double buildSeconds) {

    /** This node's figure for a metric, in the metric's unit (what the metrics store records). */
    public double value(org.devopssim.simulation.metrics.Metric m) {
        return switch (m) {
            case REQUEST_RATE -> requestRate;
            case ERROR_RATE -> errorRate;
            case LATENCY_P50 -> latencyP50Ms;
            case LATENCY_P95 -> latencyP95Ms;
            case LATENCY_P99 -> latencyP99Ms;
            case CPU -> cpu;
            case MEMORY -> memory;
            case DISK -> disk;
            case NETWORK -> networkMBps;
            case QUEUE -> queue;
            case INSTANCES -> instancesReady;
            case REPLICATION_LAG -> replicationLagSeconds;
            case CACHE_HIT_RATIO -> cacheHitRatio;
            case CONSUMER_LAG -> consumerLag;
            case CONNECTIONS -> connections;
            case COST_PER_HOUR -> costPerHour;
            case AVAILABILITY -> 100 - errorRate;
            case BUILD_TIME -> buildSeconds;
        };
    }
}
