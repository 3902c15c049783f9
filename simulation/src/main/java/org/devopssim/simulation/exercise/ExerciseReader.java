package org.devopssim.simulation.exercise;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.devopssim.simulation.codec.TopologyCodec;
import org.devopssim.simulation.codec.TopologyFileException;
import org.devopssim.simulation.codec.JsonTrees;
import org.devopssim.simulation.codec.TopologyFileException.Problem;
import org.devopssim.simulation.codec.TopologyValidator;
import org.devopssim.simulation.engine.TimedAction;
import org.devopssim.simulation.model.Mode;
import org.devopssim.simulation.model.Topology;
import org.devopssim.simulation.scenario.ActionScript;
import org.devopssim.simulation.scenario.Durations;

/**
 * Reads exercise files. The shape, schema version 1:
 * <pre>{@code
 * {"schemaVersion": 1, "id": "db-failover", "title": "...", "briefing": "...", "debrief": "...",
 *  "expertNotes": "...",
 *  "preset": "production"  or  "topology": { a topology, as in a topology file },
 *  "seed": 42, "workload": {"start": "2026-03-04T14:00:00Z"}, "timeLimit": "45m",
 *  "timeline": [{"at": "00:10:00", "action": "db-primary-crash"}],
 *  "allowedActions": ["failover", "scale"],
 *  "hints": [{"at": "00:12:00", "text": "..."}],
 *  "objectives": [{"objective": "availability", "targetPercent": 99.5}],
 *  "weights": {"availability": 60, "recovery-time": 40}}
 * }</pre>
 * Every problem found is reported with the file, its JSON path and what was expected; nothing
 * is half-read.
 */
public final class ExerciseReader {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final Set<String> FIELDS = new LinkedHashSet<>(List.of("schemaVersion", "id", "title", "briefing",
            "debrief", "expertNotes", "preset", "topology", "seed", "workload", "timeLimit", "timeline",
            "allowedActions", "hints", "objectives", "weights"));
    private static final List<String> OBJECTIVES = Arrays.stream(
                    Objective.class.getAnnotation(com.fasterxml.jackson.annotation.JsonSubTypes.class).value())
            .map(com.fasterxml.jackson.annotation.JsonSubTypes.Type::name).toList();

    private final TopologyCodec codec = new TopologyCodec();

    public Exercise read(Path file) throws IOException, TopologyFileException {
        return read(Files.readAllBytes(file), file.toString());
    }

    public Exercise read(byte[] json, String source) throws TopologyFileException {
        JsonNode root = JsonTrees.parse(json, source);
        if (root == null || !root.isObject()) {
            throw new TopologyFileException(source, List.of(new Problem("$", 1, "expected a JSON object describing an exercise")));
        }
        return new Parse(root, source).exercise();
    }

    /** One file being read: collects every problem, then either throws them all or builds the exercise. */
    private final class Parse {
        private final JsonNode root;
        private final String source;
        private final List<Problem> problems = new ArrayList<>();

        Parse(JsonNode root, String source) {
            this.root = root;
            this.source = source;
        }

        Exercise exercise() throws TopologyFileException {
            JsonNode version = root.get("schemaVersion");
            if (version == null || !version.isInt() || version.intValue() < 1) {
                fail("$.schemaVersion", "expected an integer schema version (this version writes " + Exercise.SCHEMA_VERSION + ")");
            } else if (version.intValue() > Exercise.SCHEMA_VERSION) {
                fail("$.schemaVersion", "the file has schema version " + version.intValue()
                        + ", written by a newer DevOps Simulator; this version reads up to " + Exercise.SCHEMA_VERSION);
            }
            for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!FIELDS.contains(name)) {
                    fail("$." + name, "unknown field; expected one of " + FIELDS);
                }
            }
            String id = text("id", true);
            if (id != null && !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                fail("$.id", "expected a kebab-case id like \"db-failover\", got '" + id + "'");
            }
            String title = text("title", true);
            String briefing = text("briefing", true);
            String debrief = text("debrief", true);
            String expertNotes = text("expertNotes", false);
            long seed = 0;
            if (!root.path("seed").canConvertToLong() || !root.path("seed").isIntegralNumber()) {
                fail("$.seed", "expected a whole number seed, e.g. 42");
            } else {
                seed = root.get("seed").asLong();
            }
            long limit = duration("timeLimit");
            WorkloadOverrides workload = workload();
            Setup setup = setup(workload);
            List<TimedAction> timeline = timeline(limit);
            Set<String> allowed = allowedActions();
            List<Hint> hints = hints(limit);
            List<Objective> objectives = objectives();
            Map<String, Double> weights = weights(objectives);
            if (!problems.isEmpty()) {
                throw new TopologyFileException(source, problems);
            }
            return new Exercise(version.intValue(), id, title, briefing, debrief, expertNotes == null ? "" : expertNotes,
                    setup, seed, workload, limit, timeline, allowed, hints, objectives, weights);
        }

        private void fail(String path, String message) {
            problems.add(new Problem(path, 0, message));
        }

        private String text(String field, boolean required) {
            JsonNode n = root.get(field);
            if (n == null || n.isNull()) {
                if (required) {
                    fail("$." + field, "expected a text");
                }
                return null;
            }
            if (!n.isTextual() || n.asText().isBlank()) {
                fail("$." + field, "expected a non-empty text");
                return null;
            }
            return n.asText();
        }

        private long duration(String field) {
            JsonNode n = root.get(field);
            if (n == null || !n.isTextual()) {
                fail("$." + field, "expected a duration like \"45m\" or \"01:00:00\"");
                return 0;
            }
            try {
                long s = Durations.parseSeconds(n.asText());
                if (s <= 0) {
                    fail("$." + field, "expected a duration above zero");
                }
                return s;
            } catch (IllegalArgumentException e) {
                fail("$." + field, e.getMessage());
                return 0;
            }
        }

        private WorkloadOverrides workload() {
            JsonNode n = root.get("workload");
            if (n == null || n.isNull()) {
                return WorkloadOverrides.NONE;
            }
            try {
                return MAPPER.treeToValue(n, WorkloadOverrides.class);
            } catch (JacksonException e) {
                problems.add(problem("$.workload", e));
                return WorkloadOverrides.NONE;
            }
        }

        private Setup setup(WorkloadOverrides workload) {
            JsonNode preset = root.get("preset");
            JsonNode topology = root.get("topology");
            if ((preset == null) == (topology == null)) {
                fail("$", "expected either \"preset\" (production, development or experimental) or an inline \"topology\", not "
                        + (preset == null ? "neither" : "both"));
                return null;
            }
            if (preset != null) {
                String name = preset.asText();
                if (!preset.isTextual() || Arrays.stream(Mode.values()).noneMatch(m -> m.name().equalsIgnoreCase(name))) {
                    fail("$.preset", "expected one of production, development, experimental");
                    return null;
                }
                if (!workload.isEmpty()) {
                    // The preset is loaded at grading; its workload checks run now on the changed defaults.
                    Topology probe = new Topology(Topology.SCHEMA_VERSION, name, Mode.PRODUCTION, null,
                            workload.applyTo(null), null, null, List.of(), List.of());
                    new TopologyValidator(probe).problems().stream().filter(p -> p.path().startsWith("$.workload"))
                            .forEach(p -> problems.add(new Problem(p.path(), 0, p.message())));
                }
                return new Setup.Preset(name);
            }
            Topology t;
            try {
                t = codec.read(MAPPER.writeValueAsBytes(topology), source);
            } catch (TopologyFileException e) {
                e.problems().forEach(p -> problems.add(new Problem("$.topology" + p.path().substring(1), 0, p.message())));
                return null;
            } catch (JacksonException e) {
                throw new IllegalStateException(e);
            }
            if (!workload.isEmpty()) {
                Topology changed = withWorkload(t, workload);
                new TopologyValidator(changed).problems().forEach(p -> problems.add(new Problem(p.path(), 0, p.message())));
            }
            return new Setup.Inline(t);
        }

        private List<TimedAction> timeline(long limit) {
            List<TimedAction> list = actions("timeline");
            for (int i = 0; i < list.size(); i++) {
                if (limit > 0 && list.get(i).second() >= limit) {
                    fail("$.timeline", "incident " + list.get(i).action().actionName() + " at "
                            + Durations.format(list.get(i).second()) + " is after the time limit " + Durations.format(limit));
                }
            }
            return list;
        }

        private List<TimedAction> actions(String field) {
            try {
                return ActionScript.read(root.get(field), source, "$." + field);
            } catch (TopologyFileException e) {
                problems.addAll(e.problems());
                return List.of();
            }
        }

        private Set<String> allowedActions() {
            JsonNode n = root.get("allowedActions");
            Set<String> allowed = new LinkedHashSet<>();
            if (n == null || !n.isArray()) {
                fail("$.allowedActions", "expected a list of action names, from " + ActionScript.actionNames());
                return allowed;
            }
            for (int i = 0; i < n.size(); i++) {
                String name = n.get(i).asText();
                if (!n.get(i).isTextual() || !ActionScript.actionNames().contains(name)) {
                    fail("$.allowedActions[" + i + "]", "expected an action name, one of " + ActionScript.actionNames());
                } else {
                    allowed.add(name);
                }
            }
            return allowed;
        }

        private List<Hint> hints(long limit) {
            JsonNode n = root.get("hints");
            List<Hint> hints = new ArrayList<>();
            if (n == null || n.isNull()) {
                return hints;
            }
            if (!n.isArray()) {
                fail("$.hints", "expected a list like [{\"at\": \"00:12:00\", \"text\": \"...\"}]");
                return hints;
            }
            for (int i = 0; i < n.size(); i++) {
                String at = "$.hints[" + i + "]";
                JsonNode h = n.get(i);
                if (!h.path("text").isTextual() || !h.path("at").isTextual() || h.size() != 2) {
                    fail(at, "expected {\"at\": \"00:12:00\", \"text\": \"...\"} and nothing else");
                    continue;
                }
                try {
                    long s = Durations.parseSeconds(h.get("at").asText());
                    if (limit > 0 && s >= limit) {
                        fail(at + ".at", "expected a time before the time limit " + Durations.format(limit));
                    }
                    hints.add(new Hint(s, h.get("text").asText()));
                } catch (IllegalArgumentException e) {
                    fail(at + ".at", e.getMessage());
                }
            }
            hints.sort(java.util.Comparator.comparingLong(Hint::second));
            return hints;
        }

        private List<Objective> objectives() {
            JsonNode n = root.get("objectives");
            List<Objective> list = new ArrayList<>();
            if (n == null || !n.isArray() || n.isEmpty()) {
                fail("$.objectives", "expected a non-empty list of objectives like {\"objective\": \"availability\", "
                        + "\"targetPercent\": 99.5}; objectives: " + OBJECTIVES);
                return list;
            }
            Set<String> seen = new LinkedHashSet<>();
            for (int i = 0; i < n.size(); i++) {
                String at = "$.objectives[" + i + "]";
                try {
                    Objective o = MAPPER.treeToValue(n.get(i), Objective.class);
                    if (!seen.add(o.name())) {
                        fail(at + ".objective", "'" + o.name() + "' is listed twice; each objective kind once");
                    }
                    list.add(o);
                } catch (InvalidTypeIdException e) {
                    fail(at + ".objective", "unknown objective '" + e.getTypeId() + "'; expected one of " + OBJECTIVES);
                } catch (JacksonException e) {
                    problems.add(problem(at, e));
                }
            }
            return list;
        }

        private Map<String, Double> weights(List<Objective> objectives) {
            JsonNode n = root.get("weights");
            Map<String, Double> weights = new LinkedHashMap<>();
            if (n == null || !n.isObject()) {
                fail("$.weights", "expected an object giving each objective a weight, e.g. {\"availability\": 60}");
                return weights;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String at = "$.weights." + e.getKey();
                if (objectives.stream().noneMatch(o -> o.name().equals(e.getKey()))) {
                    fail(at, "no such objective in $.objectives; weigh only "
                            + objectives.stream().map(Objective::name).toList());
                } else if (!e.getValue().isNumber() || !(e.getValue().asDouble() > 0)) {
                    fail(at, "expected a weight above 0");
                } else {
                    weights.put(e.getKey(), e.getValue().asDouble());
                }
            }
            for (Objective o : objectives) {
                if (!n.has(o.name())) {
                    fail("$.weights", "expected a weight for objective '" + o.name() + "'");
                }
            }
            return weights;
        }

        private static Problem problem(String at, JacksonException e) {
            if (e instanceof UnrecognizedPropertyException u) {
                return new Problem(at + "." + u.getPropertyName(), 0, "unknown field; expected one of " + u.getKnownPropertyIds());
            }
            String field = "";
            if (e instanceof JsonMappingException m && !m.getPath().isEmpty() && m.getPath().getLast().getFieldName() != null) {
                field = "." + m.getPath().getLast().getFieldName();
            }
            Throwable cause = e.getCause();
            String why = cause instanceof IllegalArgumentException iae ? iae.getMessage()
                    : e.getOriginalMessage().replaceAll("\\s+at \\[Source.*", "");
            return new Problem(at + field, 0, why);
        }
    }

    /** The topology with an exercise's workload changes applied. */
    public static Topology withWorkload(Topology t, WorkloadOverrides workload) {
        return new Topology(t.schemaVersion(), t.name(), t.mode(), t.description(), workload.applyTo(t.workload()),
                t.security(), t.delivery(), t.nodes(), t.links());
    }
}
