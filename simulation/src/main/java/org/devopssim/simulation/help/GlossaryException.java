package org.devopssim.simulation.help;

/** A glossary file that cannot be used: names the file, the JSON path and what was expected. */
public final class GlossaryException extends Exception {

    private final String source;
    private final String path;

    public GlossaryException(String source, String path, String problem) {
        super(source + ": " + path + ": " + problem);
        this.source = source;
        this.path = path;
    }

    public String source() {
        return source;
    }

    /** A JSON path like {@code $.entries[3].short}. */
    public String path() {
        return path;
    }
}
