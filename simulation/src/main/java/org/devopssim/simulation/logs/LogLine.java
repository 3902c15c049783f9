package org.devopssim.simulation.logs;

/**
 * One concrete log line as the log view shows it. It stands for {@code count} occurrences of the
 * same message on the node in that second (the stream aggregates and samples; see {@link LogStream}).
 *
 * @param source     the component that wrote it, e.g. {@code postgresql}, {@code nginx}, {@code node}
 * @param templateId the mined template it belongs to, or -1 when no log analysis mined it
 */
public record LogLine(long second, LogLevel level, String nodeId, String source, String message, long count,
                      int templateId) {
}
