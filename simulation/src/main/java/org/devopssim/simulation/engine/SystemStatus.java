package org.devopssim.simulation.engine;

/**
 * The whole system at one simulated second, as the users experience it.
 *
 * @param offeredRps   requests per second the users sent
 * @param succeededRps requests per second answered without error
 * @param errorRate    percentage of this second's requests that failed
 * @param availability percentage of all requests since the start that succeeded
 * @param queued       requests waiting in queues anywhere
 * @param cost         dollars spent since the start
 */
public record SystemStatus(double offeredRps, double succeededRps, double errorRate, double latencyP50Ms,
                           double latencyP95Ms, double latencyP99Ms, double availability, double queued,
                           int instances, double cpu, double costPerHour, double cost) {
}
