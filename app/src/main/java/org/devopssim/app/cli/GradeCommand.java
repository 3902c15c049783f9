package org.devopssim.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.devopssim.app.Grading;
import org.devopssim.app.storage.AttemptRecord;
import org.devopssim.app.storage.Database;
import org.devopssim.assets.Assets;
import org.devopssim.simulation.codec.TopologyFileException;
import org.devopssim.simulation.engine.TimedAction;
import org.devopssim.simulation.exercise.Attempt;
import org.devopssim.simulation.exercise.Exercise;
import org.devopssim.simulation.exercise.ExerciseReader;
import org.devopssim.simulation.exercise.GradeReport;
import org.devopssim.simulation.exercise.Grader;
import org.devopssim.simulation.scenario.ActionScript;

/** {@code devops-sim grade}: replays an attempt at an exercise and prints its score, breakdown and debrief. */
public final class GradeCommand implements Subcommand {

    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private final Grader grader;
    private final Supplier<Path> database;

    /** @param database where {@code --record} keeps attempts */
    public GradeCommand(Grader grader, Supplier<Path> database) {
        this.grader = grader;
        this.database = database;
    }

    @Override
    public String name() {
        return "grade";
    }

    @Override
    public String summary() {
        return "replay an attempt at an exercise and print its score and debrief";
    }

    @Override
    public String usage() {
        return """
                Usage: devops-sim grade --exercise FILE|ID --actions FILE [--json] [--record PROFILE]

                Replays the attempt's actions on the exercise's system, seed and incidents, and
                prints the score out of 100, each objective's result (met, partly, missed) with its
                figures and points, the refused actions, the timeline and the debrief with what an
                expert would have done. The score is always recomputed: nothing the attempt file
                claims about itself counts, and actions the exercise does not allow are refused.

                  --exercise FILE|ID  an exercise file, or a built-in drill: %s
                  --actions FILE      the attempt: [{"at": "00:10:30", "action": "failover"}, ...] or
                                      {"exercise": ID, "actions": [...]}
                  --json              print the grade as one JSON object
                  --record PROFILE    keep the attempt under this profile name in the app's database
                """.formatted(String.join(", ", Assets.EXERCISES));
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Instant started = Instant.now();
        Arguments a;
        Exercise exercise;
        byte[] exerciseBytes;
        Attempt attempt;
        List<TimedAction> expert;
        GradeReport report;
        try {
            a = Arguments.parse(args, Set.of("exercise", "actions", "record"), Set.of("json")).noPositional();
            String where = a.require("exercise");
            Path file = Path.of(where);
            boolean bundled = !Files.exists(file) && Assets.EXERCISES.contains(where);
            exerciseBytes = bundled ? Grading.bundledExercise(where) : Files.readAllBytes(file);
            exercise = new ExerciseReader().read(exerciseBytes, where);
            attempt = Attempt.read(Path.of(a.require("actions")));
            expert = bundled ? Grading.bundledExpert(where).actions() : expertBeside(file);
            if (a.get("record").isPresent() && a.get("record").get().isBlank()) {
                throw new Arguments.BadInput("option --record needs a profile name");
            }
        } catch (Arguments.BadInput | TopologyFileException e) {
            err.println("devops-sim grade: " + e.getMessage());
            return BAD_INPUT;
        } catch (NoSuchFileException e) {
            err.println("devops-sim grade: " + e.getFile() + ": no such file");
            return BAD_INPUT;
        }
        try {
            report = grader.grade(exercise, attempt, expert);
        } catch (IllegalArgumentException e) {
            // A mismatched attempt, or an exercise whose incidents its own system cannot take.
            err.println("devops-sim grade: " + a.get("actions").orElseThrow() + ": " + e.getMessage());
            return BAD_INPUT;
        }
        if (a.get("record").isPresent()) {
            try (Database db = Database.open(database.get())) {
                long id = db.record(new AttemptRecord(exercise.id(), sha256(exerciseBytes), a.get("record").get(),
                        started, Instant.now(), report.score(), JSON.writeValueAsString(report.objectives()),
                        ActionScript.write(attempt.actions()), report.metrics(), report.dora()));
                err.println("recorded attempt " + id + " for " + a.get("record").get());
            }
        }
        out.print(a.flag("json") ? JSON.writeValueAsString(report) + System.lineSeparator() : report.text());
        return OK;
    }

    /** {@code drill.expert.json} beside {@code drill.json}, if the instructor shipped one. */
    private static List<TimedAction> expertBeside(Path exercise) throws IOException, TopologyFileException {
        String name = exercise.getFileName().toString();
        Path expert = exercise.resolveSibling(name.replaceFirst("\\.json$", "") + ".expert.json");
        return Files.isRegularFile(expert) ? Attempt.read(expert).actions() : List.of();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
