package org.devopssim.simulation.exercise;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.devopssim.simulation.codec.TopologyFileException;
import org.devopssim.simulation.codec.JsonTrees;
import org.devopssim.simulation.codec.TopologyFileException.Problem;
import org.devopssim.simulation.engine.TimedAction;

/**
 * Several exercises in one file, for an instructor to hand out. Schema version 1:
 * <pre>{@code
 * {"format": "devops-sim-exercise-pack", "schemaVersion": 1,
 *  "exercises": [{"exercise": { an exercise, as in an exercise file },
 *                 "expertActions": [ optional: the expert's action log ]}]}
 * }</pre>
 * Each exercise is read by {@link ExerciseReader}, so a pack accepts exactly what exercise files
 * accept; every problem is reported with its JSON path inside the pack. Exercises are carried as
 * their JSON trees, field for field, so an exported exercise grades the same when imported.
 */
public final class ExercisePack {

    public static final String FORMAT = "devops-sim-exercise-pack";
    public static final int SCHEMA_VERSION = 1;

    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final Set<String> FIELDS = Set.of("format", "schemaVersion", "exercises");
    private static final Set<String> ENTRY_FIELDS = Set.of("exercise", "expertActions");

    /**
     * One exercise of a pack.
     *
     * @param json   the exercise file's bytes
     * @param expert the expert's action log, empty when none was packed
     */
    public record Entry(Exercise exercise, byte[] json, List<TimedAction> expert, byte[] expertJson) {
        public Entry {
            json = json.clone();
            expert = List.copyOf(expert);
            expertJson = expertJson == null ? null : expertJson.clone();
        }
    }

    /** An exercise to pack: its file and, if any, its expert action log file (null for none). */
    public record Source(byte[] exerciseJson, byte[] expertJson) {
    }

    private ExercisePack() {
    }

    public static List<Entry> read(byte[] bytes, String source) throws TopologyFileException {
        JsonNode root = JsonTrees.parse(bytes, source);
        if (root == null || !root.isObject()) {
            throw new TopologyFileException(source, List.of(new Problem("$", 1, "expected an exercise pack: {\"format\": \""
                    + FORMAT + "\", \"schemaVersion\": 1, \"exercises\": [...]}")));
        }
        List<Problem> problems = new ArrayList<>();
        if (!FORMAT.equals(root.path("format").asText(null))) {
            problems.add(new Problem("$.format", 0, "expected \"" + FORMAT + "\""
                    + (root.has("id") && root.has("objectives") ? " (this looks like a single exercise file: open it with File > Open Exercise…)" : "")));
        }
        JsonNode version = root.get("schemaVersion");
        if (version == null || !version.isInt() || version.intValue() < 1) {
            problems.add(new Problem("$.schemaVersion", 0, "expected an integer schema version (this version writes " + SCHEMA_VERSION + ")"));
        } else if (version.intValue() > SCHEMA_VERSION) {
            problems.add(new Problem("$.schemaVersion", 0, "the pack has schema version " + version.intValue()
                    + ", written by a newer DevOps Simulator; this version reads up to " + SCHEMA_VERSION));
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!FIELDS.contains(name)) {
                problems.add(new Problem("$." + name, 0, "unknown field; expected one of " + FIELDS.stream().sorted().toList()));
            }
        }
        JsonNode list = root.get("exercises");
        if (list == null || !list.isArray() || list.isEmpty()) {
            problems.add(new Problem("$.exercises", 0, "expected a non-empty list of {\"exercise\": {...}}"));
        }
        if (!problems.isEmpty()) {
            throw new TopologyFileException(source, problems);
        }
        List<Entry> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        ExerciseReader reader = new ExerciseReader();
        for (int i = 0; i < list.size(); i++) {
            String at = "$.exercises[" + i + "]";
            JsonNode item = list.get(i);
            if (!item.isObject() || !item.path("exercise").isObject()) {
                problems.add(new Problem(at, 0, "expected {\"exercise\": {...}, \"expertActions\": [...]}"));
                continue;
            }
            for (Iterator<String> it = item.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!ENTRY_FIELDS.contains(name)) {
                    problems.add(new Problem(at + "." + name, 0, "unknown field; expected exercise, expertActions"));
                }
            }
            byte[] json = bytes(item.get("exercise"));
            Exercise exercise;
            try {
                exercise = reader.read(json, source);
            } catch (TopologyFileException e) {
                e.problems().forEach(p -> problems.add(new Problem(inside(at + ".exercise", p.path()), 0, p.message())));
                continue;
            }
            if (!ids.add(exercise.id())) {
                problems.add(new Problem(at + ".exercise.id", 0, "the id '" + exercise.id() + "' is used twice in the pack"));
            }
            List<TimedAction> expert = List.of();
            byte[] expertJson = null;
            if (item.has("expertActions")) {
                expertJson = bytes(item.get("expertActions"));
                try {
                    expert = Attempt.read(expertJson, source).actions();
                } catch (TopologyFileException e) {
                    e.problems().forEach(p -> problems.add(new Problem(inside(at + ".expertActions", p.path()), 0, p.message())));
                }
            }
            entries.add(new Entry(exercise, json, expert, expertJson));
        }
        if (!problems.isEmpty()) {
            throw new TopologyFileException(source, problems);
        }
        return entries;
    }

    /**
     * @throws IllegalArgumentException when a source is not a JSON object (an exercise) or list (expert actions)
     */
    public static byte[] write(List<Source> sources) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("schemaVersion", SCHEMA_VERSION);
        ArrayNode list = root.putArray("exercises");
        for (Source s : sources) {
            ObjectNode item = list.addObject();
            item.set("exercise", tree(s.exerciseJson(), true));
            if (s.expertJson() != null) {
                item.set("expertActions", tree(s.expertJson(), false));
            }
        }
        try {
            return MAPPER.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException("a JSON tree always writes", e);
        }
    }

    private static JsonNode tree(byte[] json, boolean exercise) {
        try {
            JsonNode node = MAPPER.readTree(json);
            if (exercise ? !node.isObject() : !(node.isArray() || node.isObject())) {
                throw new IllegalArgumentException(exercise ? "an exercise must be a JSON object" : "expert actions must be a list");
            }
            return node;
        } catch (IOException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getMessage(), e);
        }
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new IllegalStateException("a JSON tree always writes", e);
        }
    }

    /** {@code $.x} of an exercise read on its own, as a path inside the pack. */
    private static String inside(String prefix, String path) {
        return path.equals("$") ? prefix : prefix + path.substring(1);
    }
}
