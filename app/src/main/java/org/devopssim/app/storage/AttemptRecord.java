package org.devopssim.app.storage;

import java.time.Instant;
import java.util.List;
import org.devopssim.simulation.engine.DeliveryPipeline;
import org.devopssim.simulation.exercise.MinuteSample;

/**
 * A graded attempt to keep: who, which exercise (and which exact file), when, the score with its
 * breakdown, the action log that produced it, the run one sample per minute, and its DORA figures
 * (null when not known).
 */
public record AttemptRecord(String exerciseId, String exerciseSha256, String profile, Instant started,
                            Instant finished, int score, String breakdownJson, String actionsJson,
                            List<MinuteSample> metrics, DeliveryPipeline.Dora dora) {

    public AttemptRecord {
        metrics = List.copyOf(metrics);
    }
}
