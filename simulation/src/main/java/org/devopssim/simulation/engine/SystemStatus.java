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

    /** The system's figure for a metric, or NaN for metrics only nodes have. */
    public double value(org.devopssim.simulation.metrics.Metric m) {
        return switch (m) {
            case REQUEST_RATE -> offeredRps;
            case ERROR_RATE -> errorRate;
            case LATENCY_P50 -> latencyP50Ms;
            case LATENCY_P95 -> latencyP95Ms;
            case LATENCY_P99 -> latencyP99Ms;
            case CPU -> cpu;
            case INSTANCES -> instances;
            case COST_PER_HOUR -> costPerHour;
            case AVAILABILITY -> availability;
            case QUEUE -> queued;
            default -> Double.NaN;
        };
    }
}
