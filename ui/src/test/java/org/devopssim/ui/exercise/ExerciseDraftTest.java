package org.devopssim.ui.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.devopssim.assets.Assets;
import org.devopssim.simulation.codec.TopologyFileException;
import org.devopssim.simulation.codec.TopologyFileException.Problem;
import org.devopssim.simulation.engine.Fault;
import org.devopssim.simulation.exercise.Exercise;
import org.devopssim.simulation.exercise.ExerciseReader;
import org.devopssim.simulation.exercise.Objective;
import org.devopssim.simulation.exercise.Setup;
import org.devopssim.simulation.model.Mode;
import org.devopssim.simulation.model.Topology;
import org.devopssim.ui.Presets;
import org.junit.jupiter.api.Test;

class ExerciseDraftTest {

    private static final Topology PRODUCTION = Presets.topology(Mode.PRODUCTION);

    private static ExerciseDraft drill(List<ExerciseDraft.Incident> incidents) {
        return ExerciseDraft.fromTopology(PRODUCTION).with(incidents,
                List.of(new ExerciseDraft.ObjectiveRow("availability", "99.5", "", "60"),
                        new ExerciseDraft.ObjectiveRow("recovery-time", "5m", "", "40")),
                List.of(new ExerciseDraft.HintRow("00:12:00", "Look at the database tier.")));
    }

    @Test
    void aBuiltExerciseEmbedsTheTopologyAndReadsBackEqual() throws Exception {
        ExerciseDraft draft = drill(List.of(
                new ExerciseDraft.Incident("00:20:00", "memory-leak", "api", "percentPerMinute=6", ""),
                new ExerciseDraft.Incident("10m", "db-primary-crash", "db-primary", "", "5m")));
        ExerciseDraft.Built built = draft.build();
        Exercise read = new ExerciseReader().read(built.json(), "saved");
        assertEquals(built.exercise(), read);
        assertEquals(new Setup.Inline(PRODUCTION), read.setup(), "the edited topology is embedded");
        assertEquals(600, read.timeline().getFirst().second(), "the timeline is in time order");
        assertEquals(new Fault.DbPrimaryCrash("db-primary", 300), read.timeline().getFirst().action());
        assertEquals(new Fault.MemoryLeak("api", 6, null), read.timeline().get(1).action());
        assertEquals(List.of(new Objective.Availability(99.5), new Objective.RecoveryTime("5m", 1)), read.objectives());
        assertEquals(1800, read.timeLimitSeconds());
    }

    @Test
    void everyBuiltInDrillRoundTripsThroughTheDraft() throws Exception {
        for (String id : Assets.EXERCISES) {
            Exercise original = new ExerciseReader().read(ClassroomFixtures.bundled("exercises/" + id + ".json"), id);
            Topology system = ClassroomFixtures.GRADER.topology(original);
            Exercise again = ExerciseDraft.of(original, system).build().exercise();
            assertEquals(original, again, id);
        }
    }

    @Test
    void anIncidentAfterTheLimitOrOnAnUnknownOrUnsuitedTargetIsNamedAndBlocksBuilding() {
        ExerciseDraft draft = drill(List.of(
                new ExerciseDraft.Incident("00:40:00", "memory-leak", "api", "", ""),
                new ExerciseDraft.Incident("00:05:00", "redis-down", "no-such-node", "", ""),
                new ExerciseDraft.Incident("00:06:00", "db-primary-crash", "api", "", ""),
                new ExerciseDraft.Incident("00:07:00", "cpu-hog", "api", "percent=250", "")));
        TopologyFileException e = assertThrows(TopologyFileException.class, draft::build);
        List<String> paths = e.problems().stream().map(Problem::path).toList();
        assertEquals(List.of("$.timeline[0].at", "$.timeline[1].target", "$.timeline[2].target", "$.timeline[3].percent"),
                paths, e.getMessage());
        assertTrue(e.problems().get(0).message().contains("time limit 00:30:00"), e.problems().get(0).message());
        assertTrue(e.problems().get(1).message().contains("no node 'no-such-node'"), e.problems().get(1).message());
        assertTrue(e.problems().get(2).message().contains("a PostgreSQL primary"), e.problems().get(2).message());
    }

    @Test
    void theReadersOwnProblemsComeThroughWithTheirPaths() {
        ExerciseDraft draft = drill(List.of());
        ExerciseDraft bad = new ExerciseDraft("Not Kebab", draft.title(), draft.briefing(), draft.debrief(), "",
                draft.setup(), draft.system(), "x", draft.timeLimit(), "", draft.workload(), List.of(),
                List.of(new ExerciseDraft.ObjectiveRow("availability", "120", "", "50")), List.of(), Set.of("scale"));
        TopologyFileException e = assertThrows(TopologyFileException.class, bad::build);
        List<String> paths = e.problems().stream().map(Problem::path).toList();
        assertTrue(paths.containsAll(List.of("$.seed", "$.id", "$.objectives[0]")), paths.toString());
        assertInstanceOf(TopologyFileException.class, e);
    }
}
