package org.devopssim.simulation.model;

/**
 * How much a serving node can do.
 *
 * @param instances       instances running at start
 * @param instanceSize    instance type, looked up in the price table (e.g. "m5.large")
 * @param perInstanceRps  requests (or queries, or messages) per second one instance sustains
 * @param baseLatencyMs   mean service time of one request on an idle instance
 * @param bootTimeSeconds time from starting an instance to it taking traffic
 */
public record Capacity(int instances, String instanceSize, double perInstanceRps, double baseLatencyMs,
                       int bootTimeSeconds) {
}
