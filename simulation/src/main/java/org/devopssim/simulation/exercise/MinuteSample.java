package org.devopssim.simulation.exercise;

/**
 * The system over one simulated minute of a graded run: means over the minute, and the running
 * availability and cost at its end. Sixty times smaller than the per-second series, for storage.
 */
public record MinuteSample(long minute, double offeredRps, double errorRatePercent, double latencyP95Ms,
                           double availabilityPercent, int instances, double costDollars) {
}
