package org.devopssim.simulation.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.devopssim.simulation.codec.TopologyCodec;
import org.devopssim.simulation.codec.TopologyFileException;
import org.devopssim.simulation.Fixtures;
import org.junit.jupiter.api.Test;

class ExerciseReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VALID = """
            {"schemaVersion": 1, "id": "tiny", "title": "Tiny", "briefing": "b", "debrief": "d",
             "preset": "production", "seed": 42, "workload": {"start": "2026-03-03T15:00:00Z"}, "timeLimit": "10m",
             "timeline": [{"at": "00:02:00", "action": "db-primary-crash"}],
             "allowedActions": ["failover"],
             "hints": [{"at": "00:03:00", "text": "look at the database"}],
             "objectives": [{"objective": "availability", "targetPercent": 99.5},
                            {"objective": "recovery-time", "within": "2m"}],
             "weights": {"availability": 3, "recovery-time": 1}}""";

    private static Exercise read(String json) throws TopologyFileException {
        return new ExerciseReader().read(json.getBytes(StandardCharsets.UTF_8), "drill.json");
    }

    private static TopologyFileException problem(ObjectNode tree) {
        return assertThrows(TopologyFileException.class, () -> read(tree.toString()));
    }

    private static ObjectNode valid() throws Exception {
        return (ObjectNode) JSON.readTree(VALID);
    }

    @Test
    void readsEveryPartIntoTypedRecords() throws Exception {
        Exercise e = read(VALID);
        assertEquals("tiny", e.id());
        assertEquals(new Setup.Preset("production"), e.setup());
        assertEquals(600, e.timeLimitSeconds());
        assertEquals(120, e.timeline().getFirst().second());
        assertEquals("2026-03-03T15:00:00Z", e.workload().start());
        assertEquals(List.of(new Hint(180, "look at the database")), e.hints());
        assertEquals(new Objective.Availability(99.5), e.objectives().getFirst());
        assertEquals(75, e.points(e.objectives().getFirst()), 1e-9);
    }

    @Test
    void anInlineTopologyIsReadByTheTopologyCodecAndItsProblemsPointIntoTheExercise() throws Exception {
        ObjectNode tree = valid();
        tree.remove("preset");
        tree.set("topology", JSON.readTree(new TopologyCodec().toJson(Fixtures.preset("production"))));
        Exercise e = read(tree.toString());
        assertInstanceOf(Setup.Inline.class, e.setup());

        ((ObjectNode) tree.get("topology").get("nodes").get(4)).put("id", "lb");
        TopologyFileException bad = problem(tree);
        assertEquals("$.topology.nodes[4].id", bad.problems().getFirst().path());
        assertTrue(bad.getMessage().startsWith("drill.json: "), bad.getMessage());
    }

    @Test
    void problemsNameTheJsonPathAndWhatWasExpected() throws Exception {
        ObjectNode tree = valid();
        ((ObjectNode) tree.get("timeline").get(0)).put("action", "meteor-strike");
        ((ObjectNode) tree.get("objectives").get(1)).put("within", "soon");
        ((ObjectNode) tree.get("weights")).remove("availability");
        tree.put("scoreBonus", 10);
        tree.withArray("allowedActions").add("teleport");
        TopologyFileException e = problem(tree);
        List<String> paths = e.problems().stream().map(TopologyFileException.Problem::path).toList();
        assertTrue(paths.containsAll(List.of("$.timeline[0].action", "$.objectives[1]", "$.weights",
                "$.scoreBonus", "$.allowedActions[1]")), paths.toString());
        assertTrue(e.problems().stream().anyMatch(p -> p.message().contains("unknown action 'meteor-strike'")));
        assertTrue(e.problems().stream().anyMatch(p -> p.message().startsWith("within: expected a duration")), e.problems().toString());
    }

    @Test
    void aNewerSchemaVersionAndAMissingSystemAreRefused() throws Exception {
        ObjectNode newer = valid();
        newer.put("schemaVersion", 99);
        assertEquals("$.schemaVersion", problem(newer).problems().getFirst().path());
        ObjectNode none = valid();
        none.remove("preset");
        assertTrue(problem(none).getMessage().contains("either \"preset\""));
    }

    @Test
    void workloadChangesToAPresetAreCheckedWhenRead() throws Exception {
        ObjectNode tree = valid();
        ((ObjectNode) tree.get("workload")).put("start", "tuesday");
        assertEquals("$.workload.start", problem(tree).problems().getFirst().path());
    }

    @Test
    void incidentsAndHintsMustFallInsideTheTimeLimit() throws Exception {
        ObjectNode tree = valid();
        tree.put("timeLimit", "1m");
        List<String> paths = problem(tree).problems().stream().map(TopologyFileException.Problem::path).toList();
        assertTrue(paths.containsAll(List.of("$.timeline", "$.hints[0].at")), paths.toString());
    }
}
