package org.devopssim.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.devopssim.assets.Assets;
import org.devopssim.simulation.codec.TopologyFileException;
import org.devopssim.simulation.exercise.Attempt;
import org.devopssim.simulation.exercise.Exercise;
import org.devopssim.simulation.exercise.ExerciseReader;
import org.devopssim.simulation.exercise.ExerciseRun;
import org.devopssim.simulation.exercise.GradeReport;
import org.devopssim.simulation.exercise.Grader;
import org.devopssim.simulation.engine.TimedAction;
import org.devopssim.simulation.model.Topology;
import org.devopssim.ui.exercise.ExerciseRuns;
import org.devopssim.ui.session.LiveRun;
import java.util.List;

/**
 * The one grader of the app, for the command line and the window alike: runs without the ML
 * forecaster and detector, whose weights change as they train, so a grade never depends on the
 * machine or the day it was computed on.
 */
public final class Grading {

    private Grading() {
    }

    public static Grader grader(PresetLibrary presets) {
        RunFactory deterministic = new RunFactory(presets, null, null);
        return new Grader(presets::preset, (topology, seed) -> deterministic.create(topology, seed).simulation());
    }

    /**
     * Exercises for the window: live runs made exactly as the grader makes its replays (same factory,
     * no trainable ML), so the checklist at the time limit equals the replayed grade.
     */
    public static ExerciseRuns exerciseRuns(PresetLibrary presets) {
        RunFactory deterministic = new RunFactory(presets, null, null);
        Grader grader = new Grader(presets::preset, (topology, seed) -> deterministic.create(topology, seed).simulation());
        return new ExerciseRuns() {
            @Override
            public Topology topology(Exercise exercise) {
                return grader.topology(exercise);
            }

            @Override
            public Live start(Exercise exercise, Topology topology) {
                RunFactory.Run run = deterministic.create(topology, exercise.seed());
                return new Live(new LiveRun(run.simulation(), run.alerting()::view),
                        ExerciseRun.attach(exercise, run.simulation()));
            }

            @Override
            public GradeReport grade(Exercise exercise, Attempt attempt, List<TimedAction> expert) {
                return grader.grade(exercise, attempt, expert);
            }
        };
    }

    /** The raw file of a built-in drill. */
    public static byte[] bundledExercise(String id) {
        try (InputStream in = Assets.exercise(id)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Exercise readBundled(String id) {
        try {
            return new ExerciseReader().read(bundledExercise(id), "exercises/" + id + ".json");
        } catch (TopologyFileException e) {
            throw new IllegalStateException("bundled exercise is invalid: " + e.getMessage(), e);
        }
    }

    public static Attempt bundledExpert(String id) {
        try (InputStream in = Assets.expertLog(id)) {
            return Attempt.read(in.readAllBytes(), "exercises/" + id + ".expert.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TopologyFileException e) {
            throw new IllegalStateException("bundled expert log is invalid: " + e.getMessage(), e);
        }
    }
}
