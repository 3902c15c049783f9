package org.devopssim.ml.nab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-computed scores on a 40-row fixture: window rows 20..29, probation rows 0..5. */
class NabScorerTest {

    private static final double TP_AT_22 = 0.9771068409226045; // s(-0.8)/s(-1)
    private static final double TP_AT_25 = 0.8597925669097837; // s(-0.5)/s(-1)
    private static final double FP_AT_35 = -0.10242205695343354; // 0.11 * s(6/9)

    static Path fixture(String name) throws URISyntaxException {
        return Path.of(NabScorerTest.class.getResource("/nab/fixture/" + name).toURI());
    }

    private static DetectorResults load() throws URISyntaxException {
        return DetectorResults.load(LabelWindows.read(fixture("labels.json")), fixture("results"));
    }

    @Test
    void findsPrefixedResultFilesAndReportsMissingOnes() throws Exception {
        DetectorResults results = load();
        assertEquals(1, results.files().size());
        assertEquals(List.of("demo/absent.csv"), results.missing());
        assertEquals(1, results.files().getFirst().windows());
    }

    @Test
    void scoresEarliestDetectionInWindowAndFalsePositivesByDistance() throws Exception {
        FileScore score = NabScorer.scoreFile(load().files().getFirst(), NabProfile.STANDARD, 0.5);
        // row 3 is in probation; row 10 precedes every window (-fpWeight); rows 22 and 25 share one window.
        assertEquals(TP_AT_22 - 0.11 + FP_AT_35, score.score(), 1e-12);
        assertEquals(2, score.tp());
        assertEquals(2, score.fp());
        assertEquals(8, score.fn());
        assertEquals(34 - 10 - 2, score.tn());
    }

    @Test
    void optimizesThresholdPerProfileAndNormalizes() throws Exception {
        List<ScoredSeries> files = load().files();
        CorpusScore standard = NabScorer.scoreOptimized(files, NabProfile.STANDARD);
        assertEquals(0.7, standard.threshold());
        assertEquals(TP_AT_22 - 0.11, standard.raw(), 1e-12);
        assertEquals(100 * (TP_AT_22 - 0.11 + 1) / 2, standard.normalized(), 1e-9);
        // Doubling the false-positive cost makes the lone high score at row 25 the better choice.
        CorpusScore lowFp = NabScorer.scoreOptimized(files, NabProfile.REWARD_LOW_FP);
        assertEquals(0.95, lowFp.threshold());
        assertEquals(TP_AT_25, lowFp.raw(), 1e-12);
        CorpusScore lowFn = NabScorer.scoreAt(files, NabProfile.REWARD_LOW_FN, 1.1);
        assertEquals(-2.0, lowFn.raw());
        assertEquals(0.0, lowFn.normalized(), 1e-12);
    }

    @Test
    void sigmoidMatchesNabDefinition() {
        assertEquals(0.0, ScoredSeries.scaledSigmoid(0.0), 1e-15);
        assertEquals(-1.0, ScoredSeries.scaledSigmoid(3.0001));
        assertEquals(2 / (1 + Math.exp(-5)) - 1, ScoredSeries.scaledSigmoid(-1.0), 1e-15);
        assertEquals(600, ScoredSeries.probationRows(4000));
        assertEquals(750, ScoredSeries.probationRows(10000));
    }
}
