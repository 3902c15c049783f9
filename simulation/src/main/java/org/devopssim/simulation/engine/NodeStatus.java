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
}
