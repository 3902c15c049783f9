package org.devopssim.simulation.exercise;

/**
 * One line of a graded run's story.
 *
 * @param kind incident, hint, action, refused, or an event kind of the run (alert-firing,
 *             alert-resolved, failover, rollback, ...)
 */
public record TimelineEntry(long second, String kind, String text) {
}
