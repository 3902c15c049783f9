package org.devopssim.ml.anomaly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.devopssim.ml.SharedData;
import org.devopssim.ml.nab.CorpusScore;
import org.devopssim.ml.nab.NabEvaluation;
import org.devopssim.ml.nab.ScoredSeries;
import org.junit.jupiter.api.Test;

/** Guards the measured NAB score (docs/benchmarks-ml.md) against regressions; about a second. */
class NabDetectorScoreTest {

    @Test
    void keepsItsMeasuredStandardScoreOnTheSharedNabFiles() {
        Path nab = SharedData.nabOrSkip();
        List<ScoredSeries> files = NabEvaluation.run(new RangeNoveltyDetector(), nab);
        assertEquals(28, files.size());
        List<CorpusScore> scores = NabEvaluation.scoreAllProfiles(files);
        assertTrue(scores.get(0).normalized() > 74.0, "standard " + scores.get(0).normalized());
        assertTrue(scores.get(1).normalized() > 67.0, "reward_low_FP_rate " + scores.get(1).normalized());
        assertTrue(scores.get(2).normalized() > 78.0, "reward_low_FN_rate " + scores.get(2).normalized());
    }
}
