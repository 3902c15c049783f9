package org.devopssim.simulation.logs;

/**
 * A template mined from the log stream: the common tokens of its lines with {@code <*>} where
 * they differ.
 *
 * @param count      occurrences so far (each line weighted by its count)
 * @param level      the most severe level of its lines
 * @param firstSeen  second its first line arrived
 * @param lastSeen   second its newest line arrived
 */
public record LogTemplate(int id, String text, long count, LogLevel level, long firstSeen, long lastSeen) {
}
