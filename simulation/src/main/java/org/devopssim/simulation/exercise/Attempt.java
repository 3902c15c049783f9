package org.devopssim.simulation.exercise;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.devopssim.simulation.codec.TopologyFileException;
import org.devopssim.simulation.codec.JsonTrees;
import org.devopssim.simulation.codec.TopologyFileException.Problem;
import org.devopssim.simulation.engine.TimedAction;
import org.devopssim.simulation.scenario.ActionScript;

/**
 * A student's attempt as handed in: the timed actions they took. The file is either a bare list of
 * actions ({@link ActionScript}'s format) or {@code {"schemaVersion": 1, "exercise": "db-failover",
 * "actions": [...]}}. Any other field (a claimed {@code score}, a {@code breakdown}) is kept only
 * to be reported as ignored: a grade always comes from replaying the actions.
 *
 * @param exerciseId     the exercise the attempt says it is for, or null
 * @param ignoredFields  fields of the file that play no part in grading
 */
public record Attempt(String exerciseId, List<TimedAction> actions, List<String> ignoredFields) {

    private static final Set<String> FIELDS = Set.of("schemaVersion", "exercise", "actions");

    public Attempt {
        actions = List.copyOf(actions);
        ignoredFields = List.copyOf(ignoredFields);
    }

    public static Attempt of(List<TimedAction> actions) {
        return new Attempt(null, actions, List.of());
    }

    public static Attempt read(Path file) throws IOException, TopologyFileException {
        return read(Files.readAllBytes(file), file.toString());
    }

    public static Attempt read(byte[] json, String source) throws TopologyFileException {
        JsonNode root = JsonTrees.parse(json, source);
        if (root != null && root.isArray()) {
            return new Attempt(null, ActionScript.read(root, source, "$"), List.of());
        }
        if (root == null || !root.isObject()) {
            throw new TopologyFileException(source, List.of(new Problem("$", 1,
                    "expected a list of timed actions, or {\"exercise\": ..., \"actions\": [...]}")));
        }
        JsonNode exercise = root.get("exercise");
        if (exercise != null && !exercise.isTextual()) {
            throw new TopologyFileException(source, List.of(new Problem("$.exercise", 0, "expected the exercise id as text")));
        }
        List<String> ignored = new ArrayList<>();
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!FIELDS.contains(name)) {
                ignored.add(name);
            }
        }
        return new Attempt(exercise == null ? null : exercise.asText(),
                ActionScript.read(root.get("actions"), source, "$.actions"), ignored);
    }
}
