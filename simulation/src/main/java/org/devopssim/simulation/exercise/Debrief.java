package org.devopssim.simulation.exercise;

import java.util.List;

/**
 * What the student reads after grading.
 *
 * @param text          the exercise's debrief
 * @param expertNotes   what an expert would have done, in words
 * @param expertActions the expert's action log, one line per action ({@code 00:10:30 failover}), empty when none shipped
 */
public record Debrief(String text, String expertNotes, List<String> expertActions) {

    public Debrief {
        expertActions = List.copyOf(expertActions);
    }
}
