package org.devopssim.simulation.codec;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.List;
import org.devopssim.simulation.codec.TopologyFileException.Problem;

/** Reads a file's JSON into a tree, or says where it stops being JSON, for the readers that walk trees. */
public final class JsonTrees {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private JsonTrees() {
    }

    /** The tree (null for an empty file); invalid JSON is a problem at its line, named after {@code source}. */
    public static JsonNode parse(byte[] json, String source) throws TopologyFileException {
        try {
            return MAPPER.readTree(json);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new TopologyFileException(source, List.of(new Problem("$", line, "not valid JSON: " + e.getOriginalMessage())));
        } catch (IOException e) {
            throw new TopologyFileException(source, List.of(new Problem("$", 0, e.getMessage())));
        }
    }
}
