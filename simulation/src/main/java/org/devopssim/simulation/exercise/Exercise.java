package org.devopssim.simulation.exercise;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.devopssim.simulation.engine.TimedAction;

/**
 * A drill as an instructor writes it (one JSON file, see {@link ExerciseReader}): the system and
 * its seed, incidents on a timeline, what the student may do, hints, the objectives that are
 * graded with their weights, and the texts shown before and after.
 *
 * @param timeLimitSeconds simulated length of the exercise
 * @param timeline         the incidents, applied whatever the student does, in time order
 * @param allowedActions   action names the student may use; anything else is refused
 * @param weights          objective name to weight; every objective has one, they need not sum to 100
 * @param expertNotes      what an expert would have done, in words, for the debrief
 */
public record Exercise(int schemaVersion, String id, String title, String briefing, String debrief,
                       String expertNotes, Setup setup, long seed, WorkloadOverrides workload,
                       long timeLimitSeconds, List<TimedAction> timeline, Set<String> allowedActions,
                       List<Hint> hints, List<Objective> objectives, Map<String, Double> weights) {

    public static final int SCHEMA_VERSION = 1;

    public Exercise {
        timeline = List.copyOf(timeline);
        allowedActions = Set.copyOf(allowedActions);
        hints = List.copyOf(hints);
        objectives = List.copyOf(objectives);
        weights = Map.copyOf(weights);
    }

    /** The objective's share of the score, in points out of 100. */
    public double points(Objective objective) {
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        return 100 * weights.get(objective.name()) / total;
    }
}
