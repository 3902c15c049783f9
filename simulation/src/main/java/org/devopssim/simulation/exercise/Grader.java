package org.devopssim.simulation.exercise;

import java.util.List;
import java.util.function.Function;
import org.devopssim.simulation.engine.Simulation;
import org.devopssim.simulation.engine.TimedAction;
import org.devopssim.simulation.model.Topology;

/**
 * Grades an attempt by replaying it: the exercise's system and seed, its incidents, and the
 * student's actions that the exercise allows, for exactly its time limit. The same exercise and
 * action log always give the same grade, so a grade can be checked by anyone, and nothing a file
 * claims about its own score counts. The one scoring class for the command line and the app.
 */
public final class Grader {

    /**
     * Makes the run an exercise is played and graded on. It must be the same for both, and
     * deterministic: the engine with the mode's alerting attached, without trainable ML parts.
     */
    public interface Runs {
        Simulation create(Topology topology, long seed);
    }

    private final Function<String, Topology> presets;
    private final Runs runs;

    /** @param presets a bundled preset by name (production, development, experimental) */
    public Grader(Function<String, Topology> presets, Runs runs) {
        this.presets = presets;
        this.runs = runs;
    }

    /** The system the exercise runs: its topology with the workload changes applied. */
    public Topology topology(Exercise exercise) {
        Topology base = switch (exercise.setup()) {
            case Setup.Inline inline -> inline.topology();
            case Setup.Preset preset -> presets.apply(preset.name());
        };
        return exercise.workload().isEmpty() ? base : ExerciseReader.withWorkload(base, exercise.workload());
    }

    /**
     * @param expert the expert's action log for the debrief, or an empty list
     * @throws IllegalArgumentException when the attempt names another exercise, or an incident of
     *                                  the exercise cannot happen on its system (a broken exercise)
     */
    public GradeReport grade(Exercise exercise, Attempt attempt, List<TimedAction> expert) {
        if (attempt.exerciseId() != null && !attempt.exerciseId().equals(exercise.id())) {
            throw new IllegalArgumentException("the attempt is for exercise '" + attempt.exerciseId()
                    + "', not '" + exercise.id() + "'");
        }
        Simulation sim = runs.create(topology(exercise), exercise.seed());
        ExerciseRun run = ExerciseRun.attach(exercise, sim);
        run.schedule(attempt.actions());
        while (!run.finished()) {
            sim.tick();
        }
        return run.report(attempt.ignoredFields(), debrief(exercise, expert));
    }

    /** The exercise's debrief with the expert's actions in words. */
    public static Debrief debrief(Exercise exercise, List<TimedAction> expert) {
        return new Debrief(exercise.debrief(), exercise.expertNotes(), expert.stream().map(ActionText::of).toList());
    }
}
