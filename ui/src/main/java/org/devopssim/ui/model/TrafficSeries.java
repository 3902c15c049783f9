package org.devopssim.ui.model;

/**
 * System request rate and p95 latency over the chart window, oldest first.
 *
 * @param epochMillis calendar time of each sample (UTC), for a date axis
 */
public record TrafficSeries(long[] epochMillis, double[] requestRate, double[] latencyP95) {

    public int size() {
        return epochMillis.length;
    }
}
