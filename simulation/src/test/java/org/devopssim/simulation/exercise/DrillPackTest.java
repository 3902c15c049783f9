package org.devopssim.simulation.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.devopssim.assets.Assets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every built-in drill is winnable by its expert log and clearly lost by doing nothing. */
class DrillPackTest {

    static List<String> drills() {
        return Assets.EXERCISES;
    }

    @ParameterizedTest
    @MethodSource("drills")
    void expertScoresHighAndDoingNothingClearlyLower(String id) {
        Exercise exercise = Drills.exercise(id);
        Attempt expert = Drills.expert(id);
        assertEquals(id, exercise.id());
        assertEquals(id, expert.exerciseId());

        GradeReport byExpert = Drills.GRADER.grade(exercise, expert, expert.actions());
        GradeReport idle = Drills.GRADER.grade(exercise, Attempt.of(List.of()), List.of());

        assertTrue(byExpert.refused().isEmpty(), "the expert uses only allowed actions: " + byExpert.refused());
        assertTrue(byExpert.score() >= 80, id + " expert score " + byExpert.score() + "\n" + byExpert.text());
        assertTrue(idle.score() <= byExpert.score() - 40, id + " no-action score " + idle.score() + " vs expert "
                + byExpert.score() + "\n" + idle.text());
        assertEquals(expert.actions().size(), byExpert.debrief().expertActions().size());
        assertFalse(byExpert.debrief().expertNotes().isBlank());
        assertEquals(exercise.timeLimitSeconds() / 60, byExpert.metrics().size(), "one sample per minute");
    }
}
