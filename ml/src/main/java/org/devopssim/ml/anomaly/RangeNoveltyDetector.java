package org.devopssim.ml.anomaly;

import java.util.Arrays;
import org.devopssim.simulation.spi.AnomalyDetector;

/**
 * Online anomaly detector for operations metrics: a sample is surprising in proportion to how far it
 * lies from every value the series has shown in its memory (four weeks), measured as a share of the
 * range seen so far. The same test runs on the two-hour moving average, which catches a sustained
 * shift whose single samples stay within the usual noise (more frequent spikes, a raised floor).
 * New highs, new lows and never-visited gaps score high; anything the series has done before scores
 * near zero, whatever its scale or noise. After an alert, scores are halved for a quarter of a day
 * so one incident pages once.
 *
 * <p>Chosen by measurement on the NAB subset (docs/benchmarks-ml.md), where it beat robust z-scores
 * of residuals against several baselines, seasonal nearest neighbours and a likelihood layer; its
 * weakness is an anomaly inside the usual range at the usual level (a missing daily peak).
 */
public final class RangeNoveltyDetector implements AnomalyDetector {

    /**
     * @param memoryDays     how far back values are remembered
     * @param warmupDays     scores are 0 until this much history exists (the range is meaningless before)
     * @param refractoryDays how long scores are damped after an alert
     * @param sensitivity    share of the range at which a novelty scores 0.5 is {@code 1/sensitivity}
     * @param averageHours   span of the moving average that is tested too
     * @param averageWeight  how much a novelty of the moving average counts against one of a sample
     */
    public record Parameters(double memoryDays, double warmupDays, double refractoryDays, double sensitivity,
                             double averageHours, double averageWeight) {
        public static final Parameters DEFAULT = new Parameters(28, 0.5, 0.25, 40, 2, 0.5);
    }

    /** Scores at or above this are alerts for the refractory rule. */
    static final double ALERT = 0.5;
    private static final int STEP_SAMPLES = 16;
    /** Bounds memory (two sorted sets of doubles) for series sampled every few seconds. */
    private static final int MAX_MEMORY_ROWS = 200_000;

    private final Parameters parameters;

    public RangeNoveltyDetector() {
        this(Parameters.DEFAULT);
    }

    public RangeNoveltyDetector(Parameters parameters) {
        this.parameters = parameters;
    }

    @Override
    public AnomalyScorer newScorer() {
        return new Scorer(parameters);
    }

    public String name() {
        return "range-novelty";
    }

    private static final class Scorer implements AnomalyScorer {
        private final Parameters p;
        private final long[] firstTimes = new long[STEP_SAMPLES];
        private final double[] firstValues = new double[STEP_SAMPLES];
        private ValueMemory memory;
        private ValueMemory averages;
        private double[] recent; // ring of the last averageRows values
        private long rows;
        private double rowsPerDay;
        private long lastAlert = Long.MIN_VALUE / 2;

        Scorer(Parameters p) {
            this.p = p;
        }

        /** A non-finite sample (a scrape gap) scores 0 and is not remembered. */
        @Override
        public double score(long epochSeconds, double value) {
            if (!Double.isFinite(value)) {
                return 0.0;
            }
            if (rows < STEP_SAMPLES) {
                firstTimes[(int) rows] = epochSeconds;
                firstValues[(int) rows] = value;
                rows++;
                if (rows == STEP_SAMPLES) {
                    start();
                }
                return 0.0;
            }
            recent[(int) (rows % recent.length)] = value;
            double score = novelty(value);
            memory.add(value);
            rows++;
            return score;
        }

        /** Sizes the memory in rows from the median sampling step of the first rows. */
        private void start() {
            long[] steps = new long[STEP_SAMPLES - 1];
            for (int i = 0; i < steps.length; i++) {
                steps[i] = firstTimes[i + 1] - firstTimes[i];
            }
            Arrays.sort(steps);
            long step = Math.max(1, steps[steps.length / 2]);
            rowsPerDay = 86_400.0 / step;
            int capacity = (int) Math.max(STEP_SAMPLES, Math.min(MAX_MEMORY_ROWS, Math.round(p.memoryDays() * rowsPerDay)));
            memory = new ValueMemory(capacity);
            averages = new ValueMemory(capacity);
            recent = new double[(int) Math.max(1, Math.round(p.averageHours() * rowsPerDay / 24.0))];
            for (int i = 0; i < STEP_SAMPLES; i++) {
                memory.add(firstValues[i]);
                recent[i % recent.length] = firstValues[i];
                if (i + 1 >= recent.length) {
                    averages.add(average());
                }
            }
        }

        private double average() {
            double sum = 0;
            for (double v : recent) {
                sum += v;
            }
            return sum / recent.length;
        }

        private double novelty(double x) {
            double share = memory.novelShare(x);
            if (rows + 1 >= recent.length) {
                double mean = average();
                share = Math.max(share, p.averageWeight() * averages.novelShare(mean));
                averages.add(mean);
            }
            if (rows < p.warmupDays() * rowsPerDay) {
                return 0.0;
            }
            double strength = p.sensitivity() * share;
            double score = strength / (1.0 + strength);
            if (rows - lastAlert < p.refractoryDays() * rowsPerDay) {
                return 0.5 * score;
            }
            if (score >= ALERT) {
                lastAlert = rows;
            }
            return score;
        }
    }
}
