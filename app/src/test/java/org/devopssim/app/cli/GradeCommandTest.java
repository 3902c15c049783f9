package org.devopssim.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.devopssim.app.Grading;
import org.devopssim.app.PresetLibrary;
import org.devopssim.app.storage.Database;
import org.devopssim.app.storage.StoredAttempt;
import org.devopssim.simulation.exercise.Attempt;
import org.devopssim.simulation.exercise.Grader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradeCommandTest {

    private static final String DRILL = "dev-settings-in-production";
    private static final Grader GRADER = Grading.grader(new PresetLibrary());

    @TempDir
    Path dir;

    private GradeCommand command() {
        return new GradeCommand(GRADER, () -> dir.resolve("data/devops-sim.db"));
    }

    private Path copyDrill() throws Exception {
        Path exercise = dir.resolve(DRILL + ".json");
        Files.write(exercise, Grading.bundledExercise(DRILL));
        return exercise;
    }

    private Path attempt(String json) throws Exception {
        Path file = dir.resolve("attempt.json");
        Files.writeString(file, json);
        return file;
    }

    @Test
    void printsScoreBreakdownAndDebriefWithTheSameNumbersAsTheGrader() throws Exception {
        Path actions = attempt("""
                {"exercise": "dev-settings-in-production", "score": 100,
                 "actions": [{"at": "00:01:00", "action": "harden", "target": "api", "check": "debug-port"},
                             {"at": "00:02:00", "action": "clear-fault", "target": "api"}]}""");
        CliRun text = CliRun.of(command(), "--exercise", copyDrill().toString(), "--actions", actions.toString());
        assertEquals(0, text.code(), text.err());
        int expected = GRADER.grade(Grading.readBundled(DRILL), Attempt.read(actions), List.of()).score();
        assertTrue(text.out().contains("score " + expected + "/100"), text.out());
        assertTrue(text.out().contains("Refused actions") && text.out().contains("clear-fault"), text.out());
        assertTrue(text.out().contains("What an expert would have done"), text.out());
        assertTrue(text.out().contains("harden api check=debug-port"), "expert log found beside the file: " + text.out());

        CliRun json = CliRun.of(command(), "--exercise", DRILL, "--actions", actions.toString(), "--json");
        JsonNode report = new ObjectMapper().readTree(json.out());
        assertEquals(expected, report.get("score").asInt());
        assertEquals(List.of("score").toString(), report.get("ignoredFields").toString().replace("\"", ""));
    }

    @Test
    void badInputIsOneLineNamingTheFileAndPlace() throws Exception {
        Path actions = attempt("[{\"at\": \"00:01:00\", \"action\": \"make-it-secure\"}]");
        CliRun run = CliRun.of(command(), "--exercise", DRILL, "--actions", actions.toString());
        assertEquals(Subcommand.BAD_INPUT, run.code());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains(actions.toString()) && run.err().contains("$[0].action"), run.err());

        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"schemaVersion\": 1, \"id\": \"x\"}");
        CliRun bad = CliRun.of(command(), "--exercise", broken.toString(), "--actions", actions.toString());
        assertEquals(Subcommand.BAD_INPUT, bad.code());
        assertTrue(bad.err().contains("broken.json") && bad.err().contains("$.title"), bad.err());

        CliRun missing = CliRun.of(command(), "--exercise", dir.resolve("nope.json").toString(), "--actions",
                actions.toString());
        assertEquals(Subcommand.BAD_INPUT, missing.code());
        assertTrue(missing.err().contains("no such file"), missing.err());

        Path other = attempt("{\"exercise\": \"memory-leak\", \"actions\": []}");
        CliRun mismatch = CliRun.of(command(), "--exercise", DRILL, "--actions", other.toString());
        assertEquals(Subcommand.BAD_INPUT, mismatch.code());
        assertTrue(mismatch.err().contains("memory-leak"), mismatch.err());
    }

    @Test
    void recordKeepsTheAttemptSoItCanBeGradedAgain() throws Exception {
        Path actions = attempt("""
                [{"at": "00:01:00", "action": "harden", "check": "tls"},
                 {"at": "00:02:00", "action": "scale", "target": "api", "instances": 6}]""");
        CliRun run = CliRun.of(command(), "--exercise", DRILL, "--actions", actions.toString(), "--record", "ada");
        assertEquals(0, run.code(), run.err());
        try (Database db = Database.open(dir.resolve("data/devops-sim.db"))) {
            StoredAttempt stored = db.attempts(DRILL).getFirst();
            assertEquals("ada", stored.profile());
            assertEquals(64, stored.exerciseSha256().length());
            Attempt again = Attempt.read(stored.actionsJson().getBytes(StandardCharsets.UTF_8), "stored");
            assertEquals(stored.score(), GRADER.grade(Grading.readBundled(DRILL), again, List.of()).score());
            assertEquals(Attempt.read(actions).actions(), again.actions());
            assertEquals(20, db.metrics(stored.id()).size(), "one sample per minute of a 20-minute drill");
        }
    }
}
