package org.devopssim.simulation.codec;

/**
 * A bundled or user file (rule pack, glossary, ...) that cannot be used: names the file, the JSON
 * path and what was expected. Topology files report every problem at once with
 * {@link TopologyFileException}; these smaller files stop at the first.
 */
public final class BadFileException extends Exception {

    private final String source;
    private final String path;

    public BadFileException(String source, String path, String problem) {
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
