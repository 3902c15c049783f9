package org.devopssim.app.storage;

/** An attempt as read back: its row id, with what was recorded (metrics are read separately). */
public record StoredAttempt(long id, String exerciseId, String exerciseSha256, String profile, String started,
                            String finished, int score, String breakdownJson, String actionsJson) {
}
