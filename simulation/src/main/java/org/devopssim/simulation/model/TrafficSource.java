package org.devopssim.simulation.model;

/**
 * Users in one place sending requests. The containing region's local time shapes the daily curve
 * (follow-the-sun), and anycast routes the users to their own region first.
 *
 * @param peakRps request rate at the daily peak
 */
public record TrafficSource(String id, String name, String parent, Position position, double peakRps)
        implements Node {
}
