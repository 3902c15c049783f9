package org.devopssim.simulation.codec;

import java.util.List;

/**
 * A file that cannot be used, with every problem found: where (file, JSON path, line) and what
 * was expected. Nothing of the file is loaded when this is thrown.
 */
public final class TopologyFileException extends Exception {

    /** One problem: {@code path} is a JSON path like {@code $.nodes[3].capacity}; line 0 when unknown. */
    public record Problem(String path, int line, String message) {
        @Override
        public String toString() {
            return (line > 0 ? "line " + line + ", " : "") + path + ": " + message;
        }
    }

    private final String source;
    private final List<Problem> problems;

    public TopologyFileException(String source, List<Problem> problems) {
        super(format(source, problems));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    public String source() {
        return source;
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String format(String source, List<Problem> problems) {
        StringBuilder sb = new StringBuilder(source).append(": ").append(problems.getFirst());
        if (problems.size() > 1) {
            sb.append(" (and ").append(problems.size() - 1).append(" more problem")
                    .append(problems.size() > 2 ? "s" : "").append(")");
        }
        return sb.toString();
    }
}
