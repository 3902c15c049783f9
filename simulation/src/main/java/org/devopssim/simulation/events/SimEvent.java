package org.devopssim.simulation.events;

/**
 * Something that happened in a run, for the event log.
 *
 * @param time   simulated second
 * @param nodeId the node it concerns, or null for the whole system
 * @param kind   a stable kebab-case name (e.g. "instance-ready", "failover")
 */
public record SimEvent(long time, Severity severity, String nodeId, String kind, String message) {
}
