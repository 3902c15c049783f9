package org.devopssim.simulation.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.List;
import org.devopssim.simulation.engine.Action;
import org.devopssim.simulation.engine.Simulation;
import org.devopssim.simulation.engine.TimedAction;
import org.junit.jupiter.api.Test;

/** An exercise played live, second by second, as the window plays it, against the grader's replay. */
class ExerciseRunTest {

    private static final Exercise DB = Drills.exercise("db-primary-failover");

    /** Plays the exercise the way the window does: the student acts at the boundary before a second. */
    private static ExerciseRun playLive(Exercise exercise, List<TimedAction> script) {
        Simulation sim = Drills.GRADER_RUNS.create(Drills.GRADER.topology(exercise), exercise.seed());
        ExerciseRun run = ExerciseRun.attach(exercise, sim);
        ArrayDeque<TimedAction> todo = new ArrayDeque<>(script);
        while (!run.finished()) {
            while (!todo.isEmpty() && todo.peek().second() <= sim.second()) {
                run.act(todo.poll().action());
            }
            run.requestProgress();
            sim.tick();
        }
        return run;
    }

    @Test
    void theLiveChecklistAtTheTimeLimitEqualsTheReplayedGrade() {
        Attempt expert = Drills.expert("db-primary-failover");
        // A refused action (not allowed here) and one at the same second as an incident, to test the order too.
        List<TimedAction> script = new java.util.ArrayList<>(expert.actions());
        script.add(new TimedAction(600, new Action.Rollback("api")));
        script.add(new TimedAction(600, new Action.Failover(null)));
        script.sort(java.util.Comparator.comparingLong(TimedAction::second));
        ExerciseRun live = playLive(DB, script);
        ExerciseRun.Progress end = live.progress();
        assertTrue(end.finished());
        assertEquals(script, end.actions(), "the live action log is the attempt");

        GradeReport replay = Drills.GRADER.grade(DB, Attempt.of(end.actions()), List.of());
        assertEquals(replay.score(), end.score());
        assertEquals(replay.objectives(), end.objectives());
        assertEquals(replay.refused(), end.refused());
        assertEquals(replay.metrics(), live.report(List.of(), replay.debrief()).metrics());
        assertEquals(replay.timeline(), live.report(List.of(), replay.debrief()).timeline());
        assertTrue(end.score() >= 90, "the expert's log still earns a high score: " + end.score());
    }

    @Test
    void progressFollowsTheRunAndShowsHintsOnlyWhenDue() {
        Simulation sim = Drills.GRADER_RUNS.create(Drills.GRADER.topology(DB), DB.seed());
        ExerciseRun run = ExerciseRun.attach(DB, sim);
        ExerciseRun.Progress start = run.progress();
        assertEquals(0, start.second());
        assertEquals(DB.timeLimitSeconds(), start.limit());
        assertFalse(start.finished());

        sim.advance(11 * 60);
        run.requestProgress();
        sim.tick();
        ExerciseRun.Progress crashed = run.progress();
        assertEquals(11 * 60 + 1, crashed.second());
        assertTrue(crashed.timeline().stream().anyMatch(t -> t.kind().equals("incident")), "the crash at 10:00 is listed");
        assertTrue(crashed.timeline().stream().noneMatch(t -> t.kind().equals("hint")), "the 12:00 hint is not due yet");

        sim.advance(2 * 60);
        run.requestProgress();
        sim.tick();
        assertTrue(run.progress().timeline().stream().anyMatch(t -> t.kind().equals("hint")), "the hint is due at 12:00");
    }

    @Test
    void anActionTheExerciseDoesNotAllowIsRefusedWithTheReason() {
        Simulation sim = Drills.GRADER_RUNS.create(Drills.GRADER.topology(DB), DB.seed());
        ExerciseRun run = ExerciseRun.attach(DB, sim);
        sim.advance(30);
        run.act(new Action.Rollback("api"));
        sim.tick();
        run.requestProgress();
        sim.tick();
        Refusal refusal = run.progress().refused().getFirst();
        assertEquals("rollback", refusal.action());
        assertEquals(30, refusal.second());
        assertTrue(refusal.reason().startsWith("not allowed in this exercise; allowed: [clear-fault, failover"), refusal.reason());
    }

    @Test
    void theReportWaitsForTheTimeLimitAndARunStartsFresh() {
        Simulation sim = Drills.GRADER_RUNS.create(Drills.GRADER.topology(DB), DB.seed());
        ExerciseRun run = ExerciseRun.attach(DB, sim);
        sim.tick();
        assertThrows(IllegalStateException.class, () -> run.report(List.of(), Grader.debrief(DB, List.of())));
        assertThrows(IllegalArgumentException.class, () -> ExerciseRun.attach(DB, sim));
    }
}
