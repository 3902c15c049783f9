package org.devopssim.simulation.model;

/**
 * The shape of traffic and the request mix.
 *
 * @param start            calendar time of simulated second zero (ISO-8601, UTC), sets weekday and hour
 * @param dailyAmplitude   how far the daily curve dips below the peak (0 flat .. 1 to zero at night)
 * @param weekendFactor    traffic on Saturday and Sunday relative to weekdays
 * @param noise            relative size of the random fluctuation of the rate (0..1)
 * @param readRatio        share of requests that only read
 * @param authShare        share of requests that call the auth service
 * @param eventShare       share of requests that publish an event
 * @param timeoutSeconds   a request waiting longer than this in a queue fails
 */
public record Workload(String start, double dailyAmplitude, double weekendFactor, double noise,
                       double readRatio, double authShare, double eventShare, double timeoutSeconds) {

    public static Workload defaults() {
        return new Workload("2026-03-02T00:00:00Z", 0.6, 0.7, 0.05, 0.8, 0.3, 0.1, 30);
    }
}
