package org.devopssim.simulation.help;

import org.devopssim.simulation.codec.BadFileException;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the glossary file:
 * <pre>
 * { "version": 1,
 *   "entries": [{ "id": "metric:latency-p95", "title": "Latency p95", "short": "...", "long": "...",
 *                 "events": ["failover"] }] }
 * </pre>
 * Every entry needs an id of the form {@code family:name}, a title and both texts; ids are unique.
 */
public final class GlossaryReader {

    public static final int VERSION = 1;
    /** The bundled glossary, below the assets' resource root. */
    public static final String BUNDLED_PATH = "help/glossary.json";
    private static final Pattern ID = Pattern.compile("[a-z]+:[A-Za-z0-9-]+");

    private final ObjectMapper mapper = new ObjectMapper();

    record GlossaryFile(Integer version, List<EntryLine> entries) {
    }

    record EntryLine(String id, String title, @JsonProperty("short") String shortText,
                     @JsonProperty("long") String longText, List<String> events) {
    }

    /**
     * @param source the file's name, for messages
     */
    public Glossary read(InputStream in, String source) throws BadFileException {
        GlossaryFile file;
        try {
            file = mapper.readValue(in, GlossaryFile.class);
        } catch (JacksonException e) {
            throw BadFileException.unreadable(source, e);
        } catch (IOException e) {
            throw new BadFileException(source, "$", "cannot read: " + e.getMessage());
        }
        if (file == null) {
            throw new BadFileException(source, "$", "expected a JSON object, the file is empty");
        }
        if (file.version() == null || file.version() != VERSION) {
            throw new BadFileException(source, "$.version", "expected version " + VERSION + ", got " + file.version());
        }
        if (file.entries() == null) {
            throw new BadFileException(source, "$.entries", "expected a list of entries");
        }
        List<GlossaryEntry> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < file.entries().size(); i++) {
            String at = "$.entries[" + i + "]";
            EntryLine e = file.entries().get(i);
            if (e == null) {
                throw new BadFileException(source, at, "expected an entry object");
            }
            String id = text(source, at + ".id", e.id(), "an id like metric:latency-p95");
            if (!ID.matcher(id).matches()) {
                throw new BadFileException(source, at + ".id", "expected an id like metric:latency-p95, got '" + id + "'");
            }
            if (!ids.add(id)) {
                throw new BadFileException(source, at + ".id", "the id " + id + " is already used by an earlier entry");
            }
            entries.add(new GlossaryEntry(id, text(source, at + ".title", e.title(), "a title"),
                    text(source, at + ".short", e.shortText(), "a short explanation"),
                    text(source, at + ".long", e.longText(), "a long explanation"), e.events()));
        }
        return new Glossary(entries);
    }

    private static String text(String source, String path, String value, String expected) throws BadFileException {
        if (value == null || value.isBlank()) {
            throw new BadFileException(source, path, "expected " + expected);
        }
        return value.strip();
    }

}
