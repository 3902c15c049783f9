package org.devopssim.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import org.devopssim.app.DrillLibrary;
import org.devopssim.app.Grading;
import org.devopssim.app.PresetLibrary;
import org.devopssim.app.storage.AttemptDatabase;
import org.devopssim.simulation.engine.Action;
import org.devopssim.simulation.engine.Simulation;
import org.devopssim.simulation.engine.TimedAction;
import org.devopssim.simulation.exercise.Attempt;
import org.devopssim.simulation.exercise.Exercise;
import org.devopssim.simulation.exercise.ExercisePack;
import org.devopssim.simulation.exercise.ExerciseRun;
import org.devopssim.simulation.exercise.GradeReport;
import org.devopssim.simulation.scenario.ActionScript;
import org.devopssim.ui.exercise.AttemptStore;
import org.devopssim.ui.exercise.Drill;
import org.devopssim.ui.exercise.ExerciseRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's classroom wired as the app wires it: live play, storage, and the grade command agree. */
class ClassroomGradingTest {

    private static final String DRILL = "db-primary-failover";
    private static final PresetLibrary PRESETS = new PresetLibrary();

    @TempDir
    Path dir;

    /** Plays as the window does: the app's live run, the student's actions at second boundaries. */
    private static ExerciseRun.Progress playLive(ExerciseRuns runs, Exercise exercise, List<TimedAction> script) {
        ExerciseRuns.Live live = runs.start(exercise, runs.topology(exercise));
        Simulation sim = live.run().simulation();
        ExerciseRun run = live.exercise();
        ArrayDeque<TimedAction> todo = new ArrayDeque<>(script);
        while (!run.finished()) {
            while (!todo.isEmpty() && todo.peek().second() <= sim.second()) {
                run.act(todo.poll().action());
            }
            sim.tick();
        }
        return run.progress();
    }

    @Test
    void aStoredLiveAttemptGradesTheSameWithTheGradeCommand() throws Exception {
        ExerciseRuns runs = Grading.exerciseRuns(PRESETS);
        Drill drill = new DrillLibrary(dir.resolve("exercises")).drills().stream().filter(d -> d.id().equals(DRILL))
                .findFirst().orElseThrow();
        List<TimedAction> script = List.of(new TimedAction(615, new Action.Failover("db-replica")),
                new TimedAction(700, new Action.Rollback("api")), new TimedAction(1900, new Action.Scale("api", 5)));
        ExerciseRun.Progress live = playLive(runs, drill.exercise(), script);
        GradeReport report = runs.grade(drill.exercise(), new Attempt(DRILL, live.actions(), List.of()), drill.expert());
        assertEquals(live.score(), report.score(), "the live checklist at the time limit is the replayed grade");

        long id;
        try (AttemptDatabase db = new AttemptDatabase(dir.resolve("data/devops-sim.db"))) {
            db.profile("Ada", false);
            id = db.record(new AttemptStore.Finished(drill, "Ada", Instant.now(), Instant.now(), report, live.actions()));
        }
        AttemptStore.Past past;
        try (AttemptDatabase db = new AttemptDatabase(dir.resolve("data/devops-sim.db"))) {
            past = db.attempt(id);
            assertEquals(1, db.attempts().size());
        }
        assertEquals(live.actions(), past.actions());
        assertEquals(report.objectives(), past.objectives());
        assertEquals(report.metrics(), past.metrics());
        assertEquals(drill.sha256(), past.exerciseSha256());
        assertNotNull(report.dora(), "a graded run carries its DORA figures");
        assertEquals(report.dora(), past.dora(), "stored with the attempt and read back");

        Path actions = dir.resolve("attempt.json");
        Files.writeString(actions, ActionScript.write(past.actions()));
        CliRun graded = CliRun.of(new GradeCommand(Grading.grader(PRESETS), () -> dir.resolve("unused.db")),
                "--exercise", DRILL, "--actions", actions.toString(), "--json");
        assertEquals(0, graded.code(), graded.err());
        assertEquals(past.summary().score(), new ObjectMapper().readTree(graded.out()).get("score").asInt(),
                "devops-sim grade gives the stored score for the stored action log");
        assertEquals(past.dora().productionDeploys(),
                new ObjectMapper().readTree(graded.out()).get("dora").get("productionDeploys").asInt());
    }

    @Test
    void packsImportBesideTheBuiltInDrillsButNeverOverThem() throws Exception {
        DrillLibrary library = new DrillLibrary(dir.resolve("exercises"));
        Drill builtIn = library.drills().getFirst();
        String renamed = new String(builtIn.json(), StandardCharsets.UTF_8)
                .replace("\"id\": \"" + builtIn.id() + "\"", "\"id\": \"my-" + builtIn.id() + "\"");
        byte[] pack = ExercisePack.write(List.of(new ExercisePack.Source(renamed.getBytes(StandardCharsets.UTF_8),
                ActionScript.write(builtIn.expert()).getBytes(StandardCharsets.UTF_8))));
        List<Drill> added = library.importPack(ExercisePack.read(pack, "pack.json"));
        assertEquals(List.of("my-" + builtIn.id()), added.stream().map(Drill::id).toList());
        List<Drill> all = library.drills();
        assertEquals(10, all.size());
        Drill mine = all.getLast();
        assertEquals("imported", mine.origin());
        assertEquals(builtIn.expert(), mine.expert());
        assertTrue(Files.isRegularFile(dir.resolve("exercises/my-" + builtIn.id() + ".json")));

        byte[] clash = ExercisePack.write(List.of(new ExercisePack.Source(builtIn.json(), null)));
        IOException e = assertThrows(IOException.class, () -> library.importPack(ExercisePack.read(clash, "clash.json")));
        assertTrue(e.getMessage().contains("has the id of a built-in drill"), e.getMessage());
        assertEquals(10, library.drills().size());
    }
}
