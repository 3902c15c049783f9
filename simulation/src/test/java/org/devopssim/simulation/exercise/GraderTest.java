package org.devopssim.simulation.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.devopssim.simulation.codec.TopologyFileException;
import org.devopssim.simulation.engine.Action;
import org.devopssim.simulation.engine.TimedAction;
import org.junit.jupiter.api.Test;

class GraderTest {

    private static final Exercise DISK = Drills.exercise("disk-filling");

    private static Attempt attempt(String json) throws TopologyFileException {
        return Attempt.read(json.getBytes(StandardCharsets.UTF_8), "attempt.json");
    }

    @Test
    void theSameAttemptAlwaysGetsTheSameGrade() {
        Attempt expert = Drills.expert("disk-filling");
        GradeReport a = Drills.GRADER.grade(DISK, expert, List.of());
        GradeReport b = Drills.GRADER.grade(DISK, expert, List.of());
        assertEquals(a, b);
    }

    @Test
    void aClaimedScoreIsIgnoredAndTheGradeComesFromReplay() throws Exception {
        Attempt honest = attempt("""
                {"exercise": "disk-filling", "actions": []}""");
        Attempt boasting = attempt("""
                {"exercise": "disk-filling", "score": 100, "breakdown": {"availability": 40}, "actions": []}""");
        GradeReport h = Drills.GRADER.grade(DISK, honest, List.of());
        GradeReport b = Drills.GRADER.grade(DISK, boasting, List.of());
        assertEquals(h.score(), b.score());
        assertTrue(b.score() < 50, "doing nothing loses the database: " + b.score());
        assertEquals(List.of("score", "breakdown"), b.ignoredFields());
        assertTrue(b.text().contains("Ignored in the attempt file"));
    }

    @Test
    void actionsTheExerciseDoesNotAllowAreRefusedNotApplied() throws Exception {
        // Clearing the incident is allowed here; ending it with a failover-less "rollback" is not.
        Attempt cheating = attempt("""
                [{"at": "00:05:30", "action": "set-policy", "target": "api",
                  "autoscaling": {"policy": "reactive", "minInstances": 3, "maxInstances": 20, "targetUtilization": 0.6}},
                 {"at": "00:06:00", "action": "rollback", "target": "api"}]""");
        GradeReport report = Drills.GRADER.grade(DISK, cheating, List.of());
        GradeReport idle = Drills.GRADER.grade(DISK, Attempt.of(List.of()), List.of());
        assertEquals(List.of("set-policy", "rollback"), report.refused().stream().map(Refusal::action).toList());
        assertTrue(report.refused().getFirst().reason().startsWith("not allowed in this exercise"));
        assertEquals(idle.score(), report.score());
        assertEquals(idle.objectives(), report.objectives());
        assertTrue(report.timeline().stream().anyMatch(t -> t.kind().equals("refused")));
    }

    @Test
    void actionsTheSystemCannotTakeOrAfterTheTimeLimitAreRefused() {
        Attempt attempt = Attempt.of(List.of(
                new TimedAction(60, new Action.ClearFault("db-replica", "disk-fill")),
                new TimedAction(DISK.timeLimitSeconds() + 10, new Action.ClearFault("db-primary", "disk-fill"))));
        GradeReport report = Drills.GRADER.grade(DISK, attempt, List.of());
        assertEquals(2, report.refused().size());
        assertTrue(report.refused().get(0).reason().startsWith("the system refused it"), report.refused().toString());
        assertTrue(report.refused().get(1).reason().contains("time limit"));
    }

    @Test
    void theTimelineTellsIncidentsAlertsHintsAndActionsInOrder() {
        GradeReport report = Drills.GRADER.grade(DISK, Drills.expert("disk-filling"), List.of());
        List<String> kinds = report.timeline().stream().map(TimelineEntry::kind).toList();
        assertTrue(kinds.contains("incident") && kinds.contains("hint") && kinds.contains("action")
                && kinds.contains("alert-firing"), kinds.toString());
        List<Long> seconds = report.timeline().stream().map(TimelineEntry::second).toList();
        assertEquals(seconds.stream().sorted().toList(), seconds);
    }

    @Test
    void anAttemptForAnotherExerciseIsRejected() throws Exception {
        Attempt other = attempt("""
                {"exercise": "memory-leak", "actions": []}""");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Drills.GRADER.grade(DISK, other, List.of()));
        assertTrue(e.getMessage().contains("memory-leak"));
    }

    @Test
    void weightsShareOneHundredPoints() {
        GradeReport report = Drills.GRADER.grade(DISK, Drills.expert("disk-filling"), List.of());
        assertEquals(100, report.objectives().stream().mapToDouble(ObjectiveResult::weight).sum(), 0.2);
        double points = report.objectives().stream().mapToDouble(ObjectiveResult::points).sum();
        assertEquals(report.score(), points, 0.5);
    }
}
