package org.devopssim.ui.exercise;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.devopssim.simulation.codec.TopologyCodec;
import org.devopssim.simulation.codec.TopologyFileException;
import org.devopssim.simulation.codec.TopologyFileException.Problem;
import org.devopssim.simulation.engine.Action;
import org.devopssim.simulation.engine.Fault;
import org.devopssim.simulation.engine.TimedAction;
import org.devopssim.simulation.exercise.Exercise;
import org.devopssim.simulation.exercise.ExerciseReader;
import org.devopssim.simulation.exercise.Objective;
import org.devopssim.simulation.exercise.Setup;
import org.devopssim.simulation.exercise.WorkloadOverrides;
import org.devopssim.simulation.model.Node;
import org.devopssim.simulation.model.Topology;
import org.devopssim.simulation.scenario.ActionScript;
import org.devopssim.simulation.scenario.Durations;
import org.devopssim.ui.operate.ActionForm;
import org.devopssim.ui.operate.Parameter;

/**
 * An exercise as the authoring dialog edits it: texts as typed, incidents, objectives and hints as
 * table rows. {@link #build()} writes the exercise file's JSON and reads it back with
 * {@link ExerciseReader}, so what can be saved is exactly what the app can play; problems name
 * their JSON path ({@code $.timeline[1].target}), which the dialog maps back to rows.
 *
 * @param setup   where the system comes from: the edited topology inline, or a drill's preset
 * @param system  the topology incident targets are checked against
 * @param workload the overrides kept from an edited exercise; {@code workloadStart} replaces its start
 */
public record ExerciseDraft(String id, String title, String briefing, String debrief, String expertNotes,
                            Setup setup, Topology system, String seed, String timeLimit, String workloadStart,
                            WorkloadOverrides workload, List<Incident> incidents, List<ObjectiveRow> objectives,
                            List<HintRow> hints, Set<String> allowedActions) {

    /**
     * One incident: an action of the fault catalogue ({@link ActionForm}) at a time.
     *
     * @param target     a node id, or blank for the engine's default (the first node that suits)
     * @param parameters the form's parameters as {@code key=value, key=value}; missing ones take the form's default
     * @param duration   how long a fault lasts ("10m"), blank for until fixed
     */
    public record Incident(String at, String action, String target, String parameters, String duration) {
    }

    /** One graded objective: its kind, up to two values in the order of its fields, and its weight. */
    public record ObjectiveRow(String kind, String first, String second, String weight) {
    }

    public record HintRow(String at, String text) {
    }

    /** A draft that built: the exercise as the reader read it and the exact bytes to save. */
    public record Built(Exercise exercise, byte[] json) {
    }

    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final TopologyCodec CODEC = new TopologyCodec();

    /** Objective kind to its fields, read from the records so the dialog cannot drift from the format. */
    public static final Map<String, List<String>> OBJECTIVE_FIELDS = objectiveFields();

    public ExerciseDraft {
        incidents = List.copyOf(incidents);
        objectives = List.copyOf(objectives);
        hints = List.copyOf(hints);
        allowedActions = Set.copyOf(allowedActions);
    }

    /** A new exercise on the edited topology, embedded in the file, with sensible starting values. */
    public static ExerciseDraft fromTopology(Topology topology) {
        String id = slug(topology.name());
        return new ExerciseDraft(id.isEmpty() ? "my-exercise" : id + "-drill", "Incident drill on " + topology.name(),
                "Keep the service up.", "What went wrong and what fixed it.", "", new Setup.Inline(topology), topology,
                "42", "30m", "", WorkloadOverrides.NONE, List.of(), List.of(), List.of(), Set.of());
    }

    /** An existing exercise as rows, to edit; {@code system} is its topology (a preset's, loaded). */
    public static ExerciseDraft of(Exercise e, Topology system) {
        List<Incident> incidents = e.timeline().stream().map(ExerciseDraft::incident).toList();
        List<ObjectiveRow> objectives = e.objectives().stream().map(o -> {
            ObjectNode n = MAPPER.valueToTree(o);
            List<String> fields = OBJECTIVE_FIELDS.get(o.name());
            return new ObjectiveRow(o.name(), fields.isEmpty() ? "" : n.path(fields.get(0)).asText(),
                    fields.size() < 2 ? "" : n.path(fields.get(1)).asText(), number(e.weights().get(o.name())));
        }).toList();
        List<HintRow> hints = e.hints().stream().map(h -> new HintRow(Durations.format(h.second()), h.text())).toList();
        return new ExerciseDraft(e.id(), e.title(), e.briefing(), e.debrief(), e.expertNotes(), e.setup(), system,
                String.valueOf(e.seed()), Durations.format(e.timeLimitSeconds()),
                e.workload().start() == null ? "" : e.workload().start(), e.workload(), incidents, objectives, hints,
                e.allowedActions());
    }

    private static Incident incident(TimedAction t) {
        ObjectNode n = MAPPER.valueToTree(t.action());
        n.remove("action");
        String target = n.path("target").isTextual() ? n.get("target").asText() : "";
        n.remove("target");
        JsonNode d = n.remove("durationSeconds");
        List<String> params = new ArrayList<>();
        n.properties().forEach(p -> {
            if (!p.getValue().isNull()) {
                params.add(p.getKey() + "=" + p.getValue().asText());
            }
        });
        return new Incident(Durations.format(t.second()), t.action().actionName(), target, String.join(", ", params),
                d == null || d.isNull() || !(t.action() instanceof Fault f && f.durationSeconds() != null)
                        ? "" : Durations.format(d.asLong()));
    }

    /** Writes the file, reads it back; every problem (the draft's own and the reader's) at once. */
    public Built build() throws TopologyFileException {
        List<Problem> problems = new ArrayList<>();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", Exercise.SCHEMA_VERSION);
        root.put("id", id.strip());
        root.put("title", title.strip());
        root.put("briefing", briefing.strip());
        root.put("debrief", debrief.strip());
        if (!expertNotes.isBlank()) {
            root.put("expertNotes", expertNotes.strip());
        }
        switch (setup) {
            case Setup.Preset p -> root.put("preset", p.name());
            case Setup.Inline i -> {
                try {
                    root.set("topology", MAPPER.readTree(CODEC.toJson(i.topology())));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("the topology codec writes JSON", e);
                }
            }
        }
        try {
            root.put("seed", Long.parseLong(seed.strip()));
        } catch (NumberFormatException e) {
            problems.add(new Problem("$.seed", 0, "expected a whole number seed, e.g. 42, got '" + seed + "'"));
        }
        ObjectNode work = MAPPER.valueToTree(new WorkloadOverrides(workloadStart.isBlank() ? null : workloadStart.strip(),
                workload.dailyAmplitude(), workload.weekendFactor(), workload.noise(), workload.readRatio(),
                workload.authShare(), workload.eventShare(), workload.timeoutSeconds()));
        work.remove("empty"); // isEmpty() is a question, not a field
        work.properties().removeIf(p -> p.getValue().isNull());
        if (!work.isEmpty()) {
            root.set("workload", work);
        }
        root.put("timeLimit", timeLimit.strip());
        ArrayNode timeline = root.putArray("timeline");
        for (int i = 0; i < incidents.size(); i++) {
            JsonNode entry = entry(incidents.get(i), "$.timeline[" + i + "]", problems);
            if (entry != null) {
                timeline.add(entry);
            }
        }
        ArrayNode allowed = root.putArray("allowedActions");
        ActionScript.actionNames().stream().filter(allowedActions::contains).forEach(allowed::add);
        ArrayNode hintList = root.putArray("hints");
        hints.forEach(h -> hintList.addObject().put("at", h.at().strip()).put("text", h.text().strip()));
        ArrayNode objectiveList = root.putArray("objectives");
        ObjectNode weights = root.putObject("weights");
        for (int i = 0; i < objectives.size(); i++) {
            objective(objectives.get(i), "$.objectives[" + i + "]", objectiveList, weights, problems);
        }
        byte[] json;
        try {
            json = MAPPER.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree always serialises", e);
        }
        Exercise read = null;
        try {
            read = new ExerciseReader().read(json, "the exercise");
        } catch (TopologyFileException e) {
            // The draft's own messages are more precise about a row than the reader's echo of it.
            e.problems().stream().filter(p -> problems.stream().noneMatch(q -> q.path().equals(p.path())))
                    .forEach(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new TopologyFileException("the exercise", problems);
        }
        return new Built(read, json);
    }

    /** The timeline entry of an incident, written by {@link ActionScript}, or null with its problems noted. */
    private JsonNode entry(Incident row, String at, List<Problem> problems) {
        int before = problems.size();
        long second = -1;
        try {
            second = Durations.parseSeconds(row.at().strip());
            long limit = Durations.parseSeconds(timeLimit.strip());
            if (second >= limit) {
                problems.add(new Problem(at + ".at", 0, "at " + Durations.format(second) + " is not before the time limit "
                        + Durations.format(limit)));
            }
        } catch (IllegalArgumentException e) {
            if (second < 0) {
                problems.add(new Problem(at + ".at", 0, e.getMessage()));
            } // else the time limit itself is wrong; the reader reports it on $.timeLimit
        }
        ActionForm form;
        try {
            form = ActionForm.named(row.action());
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(at + ".action", 0, "expected a fault, one of " + faultNames()));
            return null;
        }
        String target = row.target() == null || row.target().isBlank() ? null : row.target().strip();
        if (target != null) {
            Node node = system.node(target).orElse(null);
            if (node == null) {
                problems.add(new Problem(at + ".target", 0, "no node '" + target + "' in the system"));
            } else if (!form.suits(node)) {
                problems.add(new Problem(at + ".target", 0, form.label() + " needs " + form.targetHint()
                        + "; '" + target + "' is not one"));
            }
        }
        Map<String, Object> values = values(form, row.parameters(), at, problems);
        Integer duration = null;
        if (row.duration() != null && !row.duration().isBlank()) {
            if (form.duration() == ActionForm.Duration.NONE) {
                problems.add(new Problem(at + ".duration", 0, form.label() + " is instant; leave the duration empty"));
            } else {
                try {
                    duration = Math.toIntExact(Durations.parseSeconds(row.duration().strip()));
                    if (duration <= 0) {
                        problems.add(new Problem(at + ".duration", 0, "expected a duration above zero"));
                    }
                } catch (IllegalArgumentException | ArithmeticException e) {
                    problems.add(new Problem(at + ".duration", 0, e.getMessage()));
                }
            }
        } else if (form.duration() == ActionForm.Duration.REQUIRED) {
            problems.add(new Problem(at + ".duration", 0, form.label() + " needs a duration, e.g. 10m"));
        }
        if (problems.size() > before) {
            return null;
        }
        try {
            Action action = form.build(target, values, duration);
            return MAPPER.readTree(ActionScript.write(List.of(new TimedAction(second, action)))).get(0);
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(at, 0, e.getMessage()));
            return null;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("ActionScript writes JSON", e);
        }
    }

    /** The form's values: those typed as {@code key=value}, checked by the form's own rules, else its defaults. */
    private static Map<String, Object> values(ActionForm form, String typed, String at, List<Problem> problems) {
        Map<String, String> given = new LinkedHashMap<>();
        for (String part : (typed == null ? "" : typed).split("[,;]")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq < 0) {
                problems.add(new Problem(at + ".parameters", 0, "expected key=value, got '" + part.strip() + "'"));
                continue;
            }
            given.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Parameter p : form.parameters()) {
            try {
                values.put(p.key(), p.parse(given.getOrDefault(p.key(), p.defaultValue())));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(at + "." + p.key(), 0, e.getMessage()));
            }
            given.remove(p.key());
        }
        for (String unknown : given.keySet()) {
            problems.add(new Problem(at + "." + unknown, 0, form.label() + " has no parameter '" + unknown + "'; it takes "
                    + (form.parameters().isEmpty() ? "none" : form.parameters().stream().map(Parameter::key).toList())));
        }
        return values;
    }

    private static void objective(ObjectiveRow row, String at, ArrayNode list, ObjectNode weights, List<Problem> problems) {
        List<String> fields = OBJECTIVE_FIELDS.get(row.kind());
        if (fields == null) {
            problems.add(new Problem(at + ".objective", 0, "expected one of " + OBJECTIVE_FIELDS.keySet()));
            return;
        }
        ObjectNode o = list.addObject().put("objective", row.kind());
        String[] typed = {row.first(), row.second()};
        for (int k = 0; k < fields.size() && k < 2; k++) {
            String v = typed[k] == null ? "" : typed[k].strip();
            if (v.isEmpty()) {
                continue; // the reader says which field is required
            }
            try {
                o.put(fields.get(k), Double.parseDouble(v));
            } catch (NumberFormatException e) {
                o.put(fields.get(k), v); // a duration ("5m"), or a mistake the reader names
            }
        }
        try {
            weights.put(row.kind(), Double.parseDouble(row.weight().strip()));
        } catch (NumberFormatException | NullPointerException e) {
            problems.add(new Problem("$.weights." + row.kind(), 0, "expected a weight above 0, got '" + row.weight() + "'"));
        }
    }

    /** The names of the faults an incident may be, in catalogue order. */
    public static List<String> faultNames() {
        return Arrays.stream(ActionForm.values()).map(ActionForm::actionName).toList();
    }

    private static Map<String, List<String>> objectiveFields() {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (JsonSubTypes.Type t : Objective.class.getAnnotation(JsonSubTypes.class).value()) {
            fields.put(t.name(), Arrays.stream(t.value().getRecordComponents()).map(c -> c.getName()).toList());
        }
        return java.util.Collections.unmodifiableMap(fields);
    }

    private static String number(Double v) {
        return v == null ? "" : v == Math.rint(v) ? String.valueOf(v.longValue()) : String.valueOf(v);
    }

    private static String slug(String name) {
        return name == null ? "" : name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
    }

    /** A copy with other rows, for the dialog's edits. */
    public ExerciseDraft with(List<Incident> incidents, List<ObjectiveRow> objectives, List<HintRow> hints) {
        return new ExerciseDraft(id, title, briefing, debrief, expertNotes, setup, system, seed, timeLimit, workloadStart,
                workload, incidents, objectives, hints, allowedActions);
    }
}
