package org.devopssim.simulation.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Users in one place sending requests. The containing region's local time shapes the daily curve
 * (follow-the-sun), and anycast routes the users to their own region first.
 *
 * @param peakRps request rate at the daily peak (with a trace: at the trace's largest value)
 * @param trace   a replayed metric series that replaces the daily curve; null for the curve
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrafficSource(String id, String name, String parent, Position position, double peakRps,
                            MetricTrace trace) implements Node {

    public TrafficSource(String id, String name, String parent, Position position, double peakRps) {
        this(id, name, parent, position, peakRps, null);
    }

    public TrafficSource withTrace(MetricTrace newTrace, double newPeakRps) {
        return new TrafficSource(id, name, parent, position, newPeakRps, newTrace);
    }
}
