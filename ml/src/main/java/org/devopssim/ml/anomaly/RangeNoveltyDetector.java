package org.devopssim.ml.anomaly;

import java.util.Arrays;
import org.devopssim.simulation.spi.AnomalyDetector;

/**
 * Online anomaly detector for operations metrics: a sample is surprising in proportion to how far it
 * lies from every value the series has shown in its memory (four weeks), measured as a share of the
 * range seen so far. The same test runs on the two-hour moving average, which catches a sustained
 * shift whose single samples stay within the usual noise (more frequent spikes, a raised floor).
 * New highs, new lows and never-visited gaps score high; anything the series has done before scores
 * near zero, whatever its scale or noise. After an alert, scores are halved for a while (a quarter
 * of a day with the NAB parameters, five minutes with the live ones) so one incident pages once.
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
     * @param rangeFloor     the range is taken as at least this share of the largest magnitude remembered (0: the
     *                       range as seen), so a series that sat flat for the whole memory does not call its first
     *                       small step a total novelty
     * @param lagSeconds     a sample (and an average) joins the memory only this long after it arrived, so a climb
     *                       is measured against where the series stood before it, not against its own last second
     * @param alertScore     a score at least this is an alert and starts the refractory time: the threshold of
     *                       whoever acts on the scores (a lower one would damp a climb before it reaches theirs)
     */
    public record Parameters(double memoryDays, double warmupDays, double refractoryDays, double sensitivity,
                             double averageHours, double averageWeight, double rangeFloor, double lagSeconds,
                             double alertScore) {
        /**
         * Chosen on the NAB subset (docs/benchmarks-ml.md): series sampled every few minutes over weeks; used by
         * {@code detect} and the NAB benchmark.
         */
        public static final Parameters NAB = new Parameters(28, 0.5, 0.25, 40, 2, 0.5, 0, 0, ALERT);
        /**
         * For the running simulation's per-second series (live charts, the AI anomaly alerts, the AI canary),
         * the same for every series. A run is watched for minutes to hours, not weeks: the memory is a quarter
         * hour (an incident's values are forgotten before the next incident of its kind, which is then novel
         * again), scores start after ten minutes, an alert damps its series for five minutes, the moving
         * average spans a minute. Per-second series sit flat for long stretches (a p95 latency while no request
         * waits), so the range is at least half the series' magnitude; a sample is learned a minute late, so a
         * climb over a minute (a traffic surge) is compared with where it started; and the refractory time
         * starts at 0.9, the threshold of the anomaly alerts and the AI canary. Chosen on simulated runs with
         * injected faults (docs/benchmarks-ml.md, "Live anomaly detection").
         */
        public static final Parameters LIVE = new Parameters(15 / 1440.0, 10 / 1440.0, 5 / 1440.0, 40, 1 / 60.0, 0.5,
                0.5, 60, 0.9);
    }

    /** Scores at or above this are alerts for the refractory rule of the NAB parameters. */
    static final double ALERT = 0.5;
    private static final int STEP_SAMPLES = 16;
    /** Bounds memory (two sorted sets of doubles) for series sampled every few seconds. */
    private static final int MAX_MEMORY_ROWS = 200_000;

    private final Parameters parameters;

    /** With the NAB parameters. */
    public RangeNoveltyDetector() {
        this(Parameters.NAB);
    }

    public RangeNoveltyDetector(Parameters parameters) {
        this.parameters = parameters;
    }

    @Override
    public AnomalyScorer newScorer() {
        return new Scorer(parameters);
    }

    public Parameters parameters() {
        return parameters;
    }

    public String name() {
        return "range-novelty";
    }

    private static final class Scorer implements AnomalyScorer {
        private final Parameters p;
        private final long[] firstTimes = new long[STEP_SAMPLES];
        private final double[] firstValues = new double[STEP_SAMPLES];
        private Delayed memory;
        private Delayed averages;
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
            int lag = (int) Math.round(p.lagSeconds() / step);
            memory = new Delayed(new ValueMemory(capacity), lag);
            averages = new Delayed(new ValueMemory(capacity), lag);
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
            double share = memory.values.novelShare(x, p.rangeFloor());
            if (rows + 1 >= recent.length) {
                double mean = average();
                share = Math.max(share, p.averageWeight() * averages.values.novelShare(mean, p.rangeFloor()));
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
            if (score >= p.alertScore()) {
                lastAlert = rows;
            }
            return score;
        }
    }

    /** A memory that takes each value {@code lag} values after it was offered (at once when the lag is 0). */
    private static final class Delayed {
        final ValueMemory values;
        private final double[] pending;
        private long offered;

        Delayed(ValueMemory values, int lag) {
            this.values = values;
            this.pending = new double[Math.max(0, lag)];
        }

        void add(double value) {
            if (pending.length == 0) {
                values.add(value);
                return;
            }
            int k = (int) (offered % pending.length);
            if (offered >= pending.length) {
                values.add(pending[k]);
            }
            pending[k] = value;
            offered++;
        }
    }
}
