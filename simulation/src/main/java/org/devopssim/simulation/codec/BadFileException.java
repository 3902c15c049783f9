package org.devopssim.simulation.codec;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

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

    /** What Jackson could not read, at its JSON path and line, in the user's words. */
    public static BadFileException unreadable(String source, JacksonException e) {
        String path = e instanceof JsonMappingException m ? JsonPaths.of(m.getPath()) : "$";
        String line = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
        String message = e instanceof UnrecognizedPropertyException u
                ? "unknown field '" + u.getPropertyName() + "'; expected one of " + u.getKnownPropertyIds()
                : e.getOriginalMessage().replaceAll("\\s+at \\[Source.*", "");
        return new BadFileException(source, path + line, message);
    }

    public String source() {
        return source;
    }

    /** A JSON path like {@code $.rules[2].metric}. */
    public String path() {
        return path;
    }
}
