package org.devopssim.ml.anomaly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.devopssim.simulation.spi.AnomalyDetector.AnomalyScorer;
import org.junit.jupiter.api.Test;

class RangeNoveltyDetectorTest {

    private static final long T0 = 1_396_310_400L; // 2014-04-01, 5-minute steps: 288 rows a day
    private static final int DAY = 288;

    /** Two days of a noisy daily wave between about 10 and 50. */
    private static double[] normalDays(long seed, int rows) {
        Random random = new Random(seed);
        double[] values = new double[rows];
        for (int i = 0; i < rows; i++) {
            values[i] = 30 + 15 * Math.sin(2 * Math.PI * i / DAY) + random.nextGaussian() * 2;
        }
        return values;
    }

    private static double[] scoreAll(double[] values) {
        AnomalyScorer scorer = new RangeNoveltyDetector().newScorer();
        double[] scores = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            scores[i] = scorer.score(T0 + 300L * i, values[i]);
        }
        return scores;
    }

    @Test
    void ordinaryBehaviourStaysQuietAndScoresStayInUnitInterval() {
        double[] scores = scoreAll(normalDays(1, 4 * DAY));
        for (int i = 0; i < scores.length; i++) {
            assertTrue(scores[i] >= 0 && scores[i] <= 1, "score " + scores[i] + " at " + i);
            if (i >= 2 * DAY) {
                assertTrue(scores[i] < RangeNoveltyDetector.ALERT, "false alarm at row " + i + ": " + scores[i]);
            }
        }
    }

    @Test
    void aNewHighAlertsButItsRepeatADayLaterDoesNot() {
        double[] values = normalDays(2, 4 * DAY);
        values[2 * DAY] = 90;
        values[3 * DAY] = 90;
        double[] scores = scoreAll(values);
        assertTrue(scores[2 * DAY] > 0.9, "new high scored " + scores[2 * DAY]);
        assertTrue(scores[3 * DAY] < 0.1, "seen-before value scored " + scores[3 * DAY]);
    }

    @Test
    void aFlatSeriesThatStepsAlerts() {
        double[] values = new double[3 * DAY];
        java.util.Arrays.fill(values, 2 * DAY, values.length, 5.0);
        double[] scores = scoreAll(values);
        assertEquals(0.0, scores[2 * DAY - 1]);
        assertTrue(scores[2 * DAY] > 0.9, "step scored " + scores[2 * DAY]);
    }

    @Test
    void denserSpikesAlertThoughNoSingleSampleIsNew() {
        Random random = new Random(6);
        double[] values = new double[3 * DAY];
        for (int i = 0; i < values.length; i++) {
            boolean spike = i < 2 * DAY ? i % 48 == 0 : i % 3 == 0;
            values[i] = spike ? 100 : 10 + random.nextDouble();
        }
        double[] scores = scoreAll(values);
        double before = java.util.Arrays.stream(scores, DAY, 2 * DAY).max().orElseThrow();
        double after = java.util.Arrays.stream(scores, 2 * DAY, 2 * DAY + 24).max().orElseThrow();
        assertTrue(before < RangeNoveltyDetector.ALERT, "quiet day scored " + before);
        assertTrue(after >= RangeNoveltyDetector.ALERT, "dense spikes scored " + after);
    }

    @Test
    void ignoresNonFiniteSamples() {
        AnomalyScorer scorer = new RangeNoveltyDetector().newScorer();
        assertEquals(0.0, scorer.score(T0, Double.NaN));
    }

    @Test
    void alertsWithinAQuarterDayOfAnotherAreDamped() {
        double[] values = normalDays(3, 3 * DAY);
        values[2 * DAY] = 90;
        values[2 * DAY + 10] = 140;
        values[2 * DAY + DAY / 2] = 200;
        double[] scores = scoreAll(values);
        assertTrue(scores[2 * DAY + 10] < RangeNoveltyDetector.ALERT, "damped " + scores[2 * DAY + 10]);
        assertTrue(scores[2 * DAY + DAY / 2] > RangeNoveltyDetector.ALERT, "after refractory " + scores[2 * DAY + DAY / 2]);
    }

    @Test
    void warmsUpBeforeScoring() {
        double[] values = normalDays(4, DAY);
        values[50] = 1_000;
        assertEquals(0.0, scoreAll(values)[50]);
    }

    @Test
    void aScoreDependsOnlyOnPastAndPresentSamples() {
        double[] a = normalDays(5, 3 * DAY);
        double[] b = a.clone();
        for (int i = 2 * DAY; i < b.length; i++) {
            b[i] = -b[i] * 7;
        }
        double[] sa = scoreAll(a);
        double[] sb = scoreAll(b);
        for (int i = 0; i < 2 * DAY; i++) {
            assertEquals(sa[i], sb[i], "row " + i);
        }
    }

    /**
     * Per second, as a live run feeds it: a p95 latency of about 80 ms with wandering noise for 13 hours (past the
     * NAB set's half-day warm-up), and a dependency five times slower for 5 minutes at 12:30 and again at 12:50.
     */
    private static double[] secondIncidentScores(RangeNoveltyDetector.Parameters parameters, int incident) {
        Random random = new Random(9);
        AnomalyScorer scorer = new RangeNoveltyDetector(parameters).newScorer();
        int[] starts = {12 * 3600 + 1800, 12 * 3600 + 3000};
        double noise = 0;
        double max = 0;
        double calmMax = 0;
        for (int t = 0; t < 13 * 3600; t++) {
            noise = 0.99 * noise + 0.01 * random.nextGaussian();
            boolean slow = t >= starts[0] && t < starts[0] + 300 || t >= starts[1] && t < starts[1] + 300;
            double score = scorer.score(T0 + t, 80 * Math.exp(noise) * (slow ? 5 : 1));
            if (t >= starts[incident] && t < starts[incident] + 300) {
                max = Math.max(max, score);
            }
            if (t >= 12 * 3600 && t < starts[0]) {
                calmMax = Math.max(calmMax, score);
            }
        }
        return new double[] {max, calmMax};
    }

    @Test
    void theLiveParametersFlagASecondIncidentTwentyMinutesAfterTheFirst() {
        double alert = RangeNoveltyDetector.Parameters.LIVE.alertScore();
        double[] first = secondIncidentScores(RangeNoveltyDetector.Parameters.LIVE, 0);
        double[] second = secondIncidentScores(RangeNoveltyDetector.Parameters.LIVE, 1);
        assertTrue(first[0] >= alert, "first incident scored " + first[0]);
        assertTrue(second[0] >= alert, "second incident scored " + second[0]);
        assertTrue(first[1] < alert, "the calm half hour before scored " + first[1]);
        // The NAB set (tuned for 5-minute series over weeks) remembers the first incident's values for four weeks
        // and damps scores for six hours after it: the second one goes unflagged. This is why live runs have
        // their own set.
        double[] nabFirst = secondIncidentScores(RangeNoveltyDetector.Parameters.NAB, 0);
        double[] nabSecond = secondIncidentScores(RangeNoveltyDetector.Parameters.NAB, 1);
        assertTrue(nabFirst[0] >= alert, "NAB set, first incident scored " + nabFirst[0]);
        assertTrue(nabSecond[0] < alert, "NAB set, second incident scored " + nabSecond[0]);
    }

    @Test
    void theNabParametersAreTheOnesItWasMeasuredWith() {
        assertEquals(new RangeNoveltyDetector.Parameters(28, 0.5, 0.25, 40, 2, 0.5, 0, 0, RangeNoveltyDetector.ALERT),
                new RangeNoveltyDetector().parameters());
    }
}
