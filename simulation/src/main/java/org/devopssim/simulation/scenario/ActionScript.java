package org.devopssim.simulation.scenario;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.devopssim.simulation.codec.TopologyFileException;
import org.devopssim.simulation.codec.JsonTrees;
import org.devopssim.simulation.codec.TopologyFileException.Problem;
import org.devopssim.simulation.engine.Action;
import org.devopssim.simulation.engine.Fault;
import org.devopssim.simulation.engine.TimedAction;

/**
 * A list of timed actions, as written for {@code devops-sim run --commands FILE} and scenario
 * timelines: {@code [{"at": "00:20:00", "action": "db-primary-crash"}, {"at": "00:40:00",
 * "action": "scale", "target": "api", "instances": 6}]}. Each entry has {@code at} (a time since the
 * start), {@code action} (one of the kebab-case action names) and that action's fields; faults take
 * {@code duration} ("10m"; left out: until fixed), and {@code target} may be left out where the
 * action has an obvious default.
 */
public final class ActionScript {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ActionScript() {
    }

    /** Writes actions in this format, so a recorded log can be read back and replayed. */
    public static String write(List<TimedAction> actions) {
        com.fasterxml.jackson.databind.node.ArrayNode list = MAPPER.createArrayNode();
        for (TimedAction t : actions) {
            ObjectNode entry = MAPPER.createObjectNode();
            entry.put("at", Durations.format(t.second()));
            ObjectNode fields = MAPPER.valueToTree(t.action());
            fields.properties().removeIf(e -> e.getValue().isNull());
            entry.setAll(fields);
            list.add(entry);
        }
        return list.toString();
    }

    public static List<TimedAction> read(Path file) throws IOException, TopologyFileException {
        return read(Files.readAllBytes(file), file.toString());
    }

    public static List<TimedAction> read(byte[] json, String source) throws TopologyFileException {
        JsonNode root = JsonTrees.parse(json, source);
        return read(root, source, "$");
    }

    /**
     * Reads a list of actions held at {@code path} of a larger file (an exercise's timeline), so
     * problems name their place in that file, e.g. {@code $.timeline[2].at}.
     */
    public static List<TimedAction> read(JsonNode list, String source, String path) throws TopologyFileException {
        if (list == null || !list.isArray()) {
            throw new TopologyFileException(source, List.of(new Problem(path, path.equals("$") ? 1 : 0,
                    "expected a JSON list of actions like [{\"at\": \"00:20:00\", \"action\": \"scale\", ...}]")));
        }
        List<Problem> problems = new ArrayList<>();
        List<TimedAction> actions = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            try {
                actions.add(entry(list.get(i), path + "[" + i + "]"));
            } catch (Invalid e) {
                problems.add(new Problem(e.path, 0, e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new TopologyFileException(source, problems);
        }
        actions.sort(Comparator.comparingLong(TimedAction::second));
        return actions;
    }

    /** Every action name a script may use, for messages and help. */
    public static List<String> actionNames() {
        return ActionNames.ALL;
    }

    /** One entry's problem, at a JSON path. */
    private static final class Invalid extends RuntimeException {
        final String path;

        Invalid(String path, String message) {
            super(message, null, false, false);
            this.path = path;
        }
    }

    private static TimedAction entry(JsonNode node, String at) {
        if (node == null || !node.isObject()) {
            throw new Invalid(at, "expected an object with \"at\" and \"action\"");
        }
        ObjectNode fields = ((ObjectNode) node).deepCopy();
        JsonNode time = fields.remove("at");
        if (time == null || !time.isTextual()) {
            throw new Invalid(at + ".at", "expected a time like \"00:20:00\" or \"20m\"");
        }
        long second;
        try {
            second = Durations.parseSeconds(time.asText());
        } catch (IllegalArgumentException e) {
            throw new Invalid(at + ".at", e.getMessage());
        }
        if (!fields.path("action").isTextual()) {
            throw new Invalid(at + ".action", "expected an action name, one of " + ActionNames.ALL);
        }
        JsonNode duration = fields.remove("duration");
        if (duration != null && !duration.isNull()) {
            try {
                long seconds = duration.isNumber() ? duration.asLong() : Durations.parseSeconds(duration.asText());
                if (seconds <= 0) {
                    throw new IllegalArgumentException("expected a duration above zero");
                }
                fields.put("durationSeconds", seconds);
            } catch (IllegalArgumentException e) {
                throw new Invalid(at + ".duration", e.getMessage());
            }
        }
        Action action;
        try {
            action = MAPPER.treeToValue(fields, Action.class);
        } catch (InvalidTypeIdException e) {
            throw new Invalid(at + ".action", "unknown action '" + e.getTypeId() + "'; known actions: " + ActionNames.ALL);
        } catch (UnrecognizedPropertyException e) {
            throw new Invalid(at + "." + e.getPropertyName(), "unknown field for " + fields.get("action").asText()
                    + "; expected one of " + e.getKnownPropertyIds());
        } catch (JsonMappingException e) {
            String field = e.getPath().isEmpty() ? "" : "." + e.getPath().getLast().getFieldName();
            String why = e.getCause() instanceof IllegalArgumentException iae ? iae.getMessage() : e.getOriginalMessage();
            throw new Invalid(at + field, why);
        } catch (JacksonException e) {
            throw new Invalid(at, e.getOriginalMessage());
        }
        if (action instanceof Fault f && f.durationSeconds() != null && f.durationSeconds() <= 0) {
            throw new Invalid(at + ".duration", "expected a duration above zero");
        }
        return new TimedAction(second, action);
    }

    /** The names, read once from the type annotations so they cannot drift from the records. */
    private static final class ActionNames {
        static final List<String> ALL = java.util.Arrays.stream(
                        Action.class.getAnnotation(com.fasterxml.jackson.annotation.JsonSubTypes.class).value())
                .map(com.fasterxml.jackson.annotation.JsonSubTypes.Type::name).toList();
    }
}
