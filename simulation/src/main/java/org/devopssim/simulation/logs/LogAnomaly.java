package org.devopssim.simulation.logs;

/**
 * What the log analysis finds unusual at one second: a template never seen before (after the
 * warm-up), or one whose count in the last minute is far above or below its usual count.
 *
 * @param nodeId       the node that wrote most of the template's lines lately
 * @param lastMinute   occurrences in the last 60 seconds
 * @param usualMinute  the learned occurrences per minute (0 for a new template)
 */
public record LogAnomaly(Kind kind, int templateId, String template, LogLevel level, String nodeId,
                         double lastMinute, double usualMinute) {

    public enum Kind {
        NEW_PATTERN("new"), SURGE("surge"), DROP("drop");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The alert's name: one alert per template, which stays firing when a new pattern goes on surging. */
    public String alertName() {
        return "AiLog(#" + templateId + ")";
    }

    public String summary() {
        String what = switch (kind) {
            case NEW_PATTERN -> "new log pattern";
            case SURGE -> "log pattern surging";
            case DROP -> "log pattern dropped";
        };
        return "%s: %s #%d [%s] \"%s\": %s in the last minute, usually %s".formatted(nodeId, what, templateId,
                level.label(), template, Math.round(lastMinute), Math.round(usualMinute));
    }
}
