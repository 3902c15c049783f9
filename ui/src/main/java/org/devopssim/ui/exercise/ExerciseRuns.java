package org.devopssim.ui.exercise;

import java.util.List;
import org.devopssim.simulation.engine.TimedAction;
import org.devopssim.simulation.exercise.Attempt;
import org.devopssim.simulation.exercise.Exercise;
import org.devopssim.simulation.exercise.ExerciseRun;
import org.devopssim.simulation.exercise.GradeReport;
import org.devopssim.simulation.model.Topology;
import org.devopssim.ui.session.LiveRun;

/**
 * Plays and grades exercises the one way the app grades them: live runs and replays are made by the
 * same deterministic factory (no trainable ML), so the live checklist and the replayed grade agree.
 */
public interface ExerciseRuns {

    /** A live exercise: the run the window shows and the exercise played on it. */
    record Live(LiveRun run, ExerciseRun exercise) {
    }

    /** The exercise's system (may read a bundled preset: call off the FX thread). */
    Topology topology(Exercise exercise);

    /** A fresh run of {@code topology} (from {@link #topology}) with the exercise attached at second zero. */
    Live start(Exercise exercise, Topology topology);

    /** Replays an action log over the whole time limit, as {@code devops-sim grade} does. */
    GradeReport grade(Exercise exercise, Attempt attempt, List<TimedAction> expert);
}
