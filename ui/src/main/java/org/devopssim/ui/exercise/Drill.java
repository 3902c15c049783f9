package org.devopssim.ui.exercise;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.devopssim.simulation.engine.TimedAction;
import org.devopssim.simulation.exercise.Exercise;

/**
 * An exercise ready to play: the exercise, the exact file it came from (its hash says which version a
 * grade belongs to), the expert's action log for the debrief, and where it came from.
 *
 * @param origin "built-in", "imported" or the file it was opened from
 */
public record Drill(Exercise exercise, byte[] json, List<TimedAction> expert, String origin) {

    public Drill {
        json = json.clone();
        expert = List.copyOf(expert);
    }

    public String id() {
        return exercise.id();
    }

    public String title() {
        return exercise.title();
    }

    @Override
    public byte[] json() {
        return json.clone();
    }

    /** SHA-256 of the exercise file, hex: which exact version of the exercise an attempt was graded on. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
