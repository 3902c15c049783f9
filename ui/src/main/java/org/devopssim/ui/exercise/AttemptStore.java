package org.devopssim.ui.exercise;

import java.time.Instant;
import java.util.List;
import org.devopssim.simulation.engine.DeliveryPipeline;
import org.devopssim.simulation.engine.TimedAction;
import org.devopssim.simulation.exercise.GradeReport;
import org.devopssim.simulation.exercise.MinuteSample;
import org.devopssim.simulation.exercise.ObjectiveResult;

/**
 * Where finished attempts are kept (the app's SQLite database). Every call may block: call it off
 * the FX thread.
 */
public interface AttemptStore {

    /** A finished attempt to keep: its grade, from replaying {@code actions}. */
    record Finished(Drill drill, String profile, Instant started, Instant finished, GradeReport report,
                    List<TimedAction> actions) {
        public Finished {
            actions = List.copyOf(actions);
        }
    }

    /** One row of the run history. */
    record Summary(long id, String exerciseId, String profile, Instant finished, int score) {
    }

    /** A stored attempt read back in full; {@code dora} is null for one recorded without the DORA figures. */
    record Past(Summary summary, String exerciseSha256, List<TimedAction> actions, List<ObjectiveResult> objectives,
                List<MinuteSample> metrics, DeliveryPipeline.Dora dora) {
        public Past {
            actions = List.copyOf(actions);
            objectives = List.copyOf(objectives);
            metrics = List.copyOf(metrics);
        }
    }

    /** Registers the profile (with its role) if it is new. */
    void profile(String name, boolean instructor) throws StoreException;

    /** @return the attempt's id */
    long record(Finished attempt) throws StoreException;

    /** Every attempt, oldest first. */
    List<Summary> attempts() throws StoreException;

    Past attempt(long id) throws StoreException;

    /** Storage failed; the message says what and where. */
    final class StoreException extends Exception {
        public StoreException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
