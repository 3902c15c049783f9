package org.devopssim.simulation.spi;

/**
 * What a {@link ScalingAgent} sees of one service when it decides, in the simulator's own units.
 *
 * @param serviceId       the service
 * @param second          simulated second of the decision
 * @param arrivals        requests per second arriving now
 * @param forecastPeak    the highest median forecast over the next boot time (req/s), or {@code arrivals}
 *                        when no forecaster is attached or history is too short
 * @param utilization     of the ready instances (0..1, above 1 when overloaded)
 * @param ready           instances serving
 * @param booting         instances starting (paid for, not serving yet)
 * @param queue           requests waiting
 * @param instanceRps     what one instance serves per second at full utilisation now (faults included)
 * @param minInstances    the policy's bounds
 * @param maxInstances    the policy's bounds
 * @param bootSeconds     how long an instance takes to start
 */
public record ScalingState(String serviceId, long second, double arrivals, double forecastPeak, double utilization,
                           int ready, int booting, double queue, double instanceRps, int minInstances,
                           int maxInstances, int bootSeconds) {

    /** Instances paid for: ready plus booting. */
    public int instances() {
        return ready + booting;
    }
}
