package org.devopssim.simulation.alerting;

/** A rule pack file that cannot be used: names the file, the JSON path and what was expected. */
public final class RulePackException extends Exception {

    private final String source;
    private final String path;

    public RulePackException(String source, String path, String problem) {
        super(source + ": " + path + ": " + problem);
        this.source = source;
        this.path = path;
    }

    public String source() {
        return source;
    }

    /** A JSON path like {@code $.rules[2].metric}. */
    public String path() {
        return path;
    }
}
