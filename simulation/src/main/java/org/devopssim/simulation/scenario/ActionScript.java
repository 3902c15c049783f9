package org.devopssim.simulation.scenario;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.devopssim.simulation.codec.TopologyFileException;
import org.devopssim.simulation.codec.TopologyFileException.Problem;
import org.devopssim.simulation.engine.Action;
import org.devopssim.simulation.engine.TimedAction;

/**
 * A list of timed actions, as written for {@code devops-sim run --commands FILE}:
 * {@code [{"at": "00:20:00", "action": "scale", "target": "api", "instances": 6}]}. {@code target}
 * may be left out where the action has an obvious default.
 */
public final class ActionScript {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ActionScript() {
    }

    public static List<TimedAction> read(Path file) throws IOException, TopologyFileException {
        return read(Files.readAllBytes(file), file.toString());
    }

    public static List<TimedAction> read(byte[] json, String source) throws TopologyFileException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new TopologyFileException(source, List.of(new Problem("$", line, "not valid JSON: " + e.getOriginalMessage())));
        } catch (IOException e) {
            throw new TopologyFileException(source, List.of(new Problem("$", 0, e.getMessage())));
        }
        if (root == null || !root.isArray()) {
            throw new TopologyFileException(source, List.of(new Problem("$", 1,
                    "expected a JSON list of actions like [{\"at\": \"00:20:00\", \"action\": \"scale\", ...}]")));
        }
        List<Problem> problems = new ArrayList<>();
        List<TimedAction> actions = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            String at = "$[" + i + "]";
            try {
                actions.add(entry(root.get(i), at));
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
        JsonNode time = node.get("at");
        if (time == null || !time.isTextual()) {
            throw new Invalid(at + ".at", "expected a time like \"00:20:00\" or \"20m\"");
        }
        long second;
        try {
            second = Durations.parseSeconds(time.asText());
        } catch (IllegalArgumentException e) {
            throw new Invalid(at + ".at", e.getMessage());
        }
        JsonNode name = node.get("action");
        if (name == null || !name.isTextual()) {
            throw new Invalid(at + ".action", "expected an action name such as \"scale\"");
        }
        String target = text(node, "target");
        Action action = switch (name.asText()) {
            case "scale" -> {
                allowOnly(node, at, Set.of("at", "action", "target", "instances"));
                JsonNode n = node.get("instances");
                if (n == null || !n.canConvertToInt() || n.asInt() < 0) {
                    throw new Invalid(at + ".instances", "expected a whole number >= 0");
                }
                yield new Action.Scale(target, n.asInt());
            }
            default -> throw new Invalid(at + ".action", "unknown action '" + name.asText()
                    + "'; known actions: scale");
        };
        return new TimedAction(second, action);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static void allowOnly(JsonNode node, String at, Set<String> fields) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!fields.contains(f)) {
                throw new Invalid(at + "." + f, "unknown field for this action; expected " + fields);
            }
        }
    }
}
