package org.devopssim.ml.forecast;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.devopssim.simulation.spi.Forecast;
import org.devopssim.simulation.spi.SeriesWindow;

/**
 * Trains several {@link Architecture}s on the same series with the same features, loss, optimiser and
 * seed, and measures what decides which one ships: accuracy at fixed lead times (MASE), calibration of
 * the 10-90% band, training time, the cost of one forecast as the simulation asks for it, size.
 */
public final class ArchitectureComparison {

    /** Calls to time one forecast over, after as many warm-up calls. */
    private static final int TIMED_CALLS = 2_000;

    private ArchitectureComparison() {
    }

    /** One network to compare: an architecture and its hidden units (cell state for recurrent ones). */
    public record Candidate(Architecture architecture, int units) {

        public Candidate {
            if (architecture == null || units < 1) {
                throw new IllegalArgumentException("a candidate needs an architecture and at least one unit");
            }
        }

        /**
         * Parses {@code NAME} or {@code NAME:UNITS}, e.g. {@code lstm} or {@code mlp:256}; without units, the
         * shipped model's width.
         *
         * @throws IllegalArgumentException naming the text and what was expected
         */
        public static Candidate parse(String text) {
            String[] parts = text.trim().split(":", -1);
            if (parts.length > 2 || parts[0].isEmpty()) {
                throw new IllegalArgumentException("architecture '" + text + "': expected NAME or NAME:UNITS with NAME one of "
                        + Architecture.names());
            }
            Architecture architecture = Architecture.of(parts[0]);
            if (parts.length == 1) {
                return new Candidate(architecture, architecture == Architecture.LINEAR ? 1 : ForecastSpec.AUTOSCALER.hidden());
            }
            try {
                int units = Integer.parseInt(parts[1].trim());
                if (units < 1 || units > 4096) {
                    throw new NumberFormatException();
                }
                return new Candidate(architecture, units);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("architecture '" + text + "': units must be a whole number from 1 to 4096");
            }
        }

        public ForecastSpec applyTo(ForecastSpec spec) {
            return spec.with(architecture, units);
        }

        /** E.g. "MLP 64", "LSTM 32", "linear". */
        public String label() {
            return architecture == Architecture.LINEAR ? architecture.title() : architecture.title() + " " + units;
        }
    }

    /** A series to forecast from every origin at or after {@code firstOrigin} (with history before it). */
    public record Test(double[] values, long firstTimestamp, int firstOrigin) {
    }

    /**
     * What one trained model achieved.
     *
     * @param mase          MAE at each lead of {@code leads} divided by the MASE scale
     * @param coverage      share of actual values inside the 10-90% band, all steps up to the longest lead
     * @param trainSeconds  wall time of {@link ForecastTraining#train}
     * @param forecastMicros median wall time of one {@link MlpLoadForecaster#forecast} call to the longest lead
     * @param fileBytes     size of its model file
     */
    public record Run(double[] mase, double coverage, double trainSeconds, double forecastMicros, long parameters,
                      int fileBytes, double lastEpochLoss) {
    }

    /**
     * Trains {@code spec}'s network on {@code train} and forecasts every origin of {@code tests}.
     *
     * @param leads         lead times in steps to report MASE at; the longest must be within the spec's horizon
     * @param scale         MASE denominator (see {@link #seasonalScale})
     * @param timingHistory rows of history in each timed forecast call (at least {@code spec.historyNeeded()})
     */
    public static Run run(ForecastSpec spec, List<ForecastTraining.Series> train, List<Test> tests, int[] leads,
                          double scale, ForecastTraining.Options options, int timingHistory) {
        int longest = Arrays.stream(leads).max().orElseThrow();
        if (longest > spec.horizon() || Arrays.stream(leads).min().orElseThrow() < 1) {
            throw new IllegalArgumentException("leads " + Arrays.toString(leads) + " outside the horizon of " + spec.horizon());
        }
        long started = System.nanoTime();
        ForecastTraining.Trained trained = ForecastTraining.train(train, spec, options, null);
        double trainSeconds = (System.nanoTime() - started) / 1e9;
        try (MlpLoadForecaster model = trained.forecaster()) {
            double[] errorSum = new double[longest + 1];
            long origins = 0;
            long covered = 0;
            for (Test test : tests) {
                double[] v = test.values();
                int first = Math.max(test.firstOrigin(), spec.historyNeeded() - 1);
                int count = v.length - longest - first;
                if (count < 1) {
                    continue;
                }
                float[][] inputs = new float[count][spec.inputs()];
                ForecastFeatures.Scale[] scales = new ForecastFeatures.Scale[count];
                for (int o = 0; o < count; o++) {
                    int last = first + o;
                    scales[o] = ForecastFeatures.scale(v, last, spec);
                    ForecastFeatures.inputs(v, last, test.firstTimestamp() + (long) last * spec.stepSeconds(), spec, scales[o],
                            inputs[o]);
                }
                float[][] outputs = model.predict(inputs);
                for (int o = 0; o < count; o++) {
                    int last = first + o;
                    for (int h = 1; h <= longest; h++) {
                        double[] q = MlpLoadForecaster.quantilesOfStep(outputs[o], h - 1);
                        double actual = v[last + h];
                        errorSum[h] += Math.abs(actual - scales[o].restore(q[1]));
                        if (actual >= scales[o].restore(q[0]) && actual <= scales[o].restore(q[2])) {
                            covered++;
                        }
                    }
                }
                origins += count;
            }
            if (origins == 0) {
                throw new IllegalArgumentException("no test origin with " + spec.historyNeeded() + " rows of history and "
                        + longest + " steps after it");
            }
            double[] mase = new double[leads.length];
            for (int i = 0; i < leads.length; i++) {
                mase[i] = errorSum[leads[i]] / origins / scale;
            }
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            try {
                ForecastModelFile.write(model, file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Run(mase, covered / (double) (origins * longest), trainSeconds,
                    forecastMicros(model, tests.getFirst(), spec, timingHistory, longest), model.parameterCount(), file.size(),
                    trained.lastEpochLoss());
        }
    }

    /** Median time of one forecast from the first {@code history} rows of a test series, as the simulation calls it. */
    private static double forecastMicros(MlpLoadForecaster model, Test test, ForecastSpec spec, int history, int steps) {
        int rows = Math.max(history, spec.historyNeeded());
        if (test.values().length < rows) {
            throw new IllegalArgumentException("test series of " + test.values().length + " rows, timing needs " + rows);
        }
        SeriesWindow window = new SeriesWindow(test.firstTimestamp(), spec.stepSeconds(), Arrays.copyOf(test.values(), rows));
        double sink = 0;
        for (int i = 0; i < TIMED_CALLS; i++) {
            sink += model.forecast(window, steps).median()[0];
        }
        long[] times = new long[TIMED_CALLS];
        for (int i = 0; i < TIMED_CALLS; i++) {
            long t0 = System.nanoTime();
            Forecast f = model.forecast(window, steps);
            times[i] = System.nanoTime() - t0;
            sink += f.median()[0];
        }
        Arrays.sort(times);
        return Double.isNaN(sink) ? Double.NaN : times[TIMED_CALLS / 2] / 1e3;
    }

    /**
     * MASE at the same leads for two baselines: the last value, and the statistical fallback given the
     * last {@code fallbackHistory} rows (what it would have in the product).
     *
     * @return {@code [last value, fallback][lead]}
     */
    public static double[][] baselines(List<Test> tests, int historyNeeded, int[] leads, double scale, int stepSeconds,
                                       int fallbackHistory) {
        int longest = Arrays.stream(leads).max().orElseThrow();
        double[] last = new double[longest + 1];
        double[] fallback = new double[longest + 1];
        long origins = 0;
        FallbackForecaster statistical = new FallbackForecaster();
        for (Test test : tests) {
            double[] v = test.values();
            for (int o = Math.max(test.firstOrigin(), historyNeeded - 1); o + longest < v.length; o++) {
                int from = Math.max(0, o + 1 - fallbackHistory);
                Forecast f = statistical.forecast(new SeriesWindow(test.firstTimestamp() + (long) from * stepSeconds, stepSeconds,
                        Arrays.copyOfRange(v, from, o + 1)), longest);
                for (int h = 1; h <= longest; h++) {
                    last[h] += Math.abs(v[o + h] - v[o]);
                    fallback[h] += Math.abs(v[o + h] - f.median()[h - 1]);
                }
                origins++;
            }
        }
        double[][] mase = new double[2][leads.length];
        for (int i = 0; i < leads.length; i++) {
            mase[0][i] = last[leads[i]] / origins / scale;
            mase[1][i] = fallback[leads[i]] / origins / scale;
        }
        return mase;
    }

    /**
     * The MASE denominator: mean absolute difference from {@code season} rows before, pooled over the
     * training series (Hyndman's in-sample seasonal naive error). NaN when it is zero or no series is long enough.
     */
    public static double seasonalScale(List<ForecastTraining.Series> train, int season) {
        double sum = 0;
        long n = 0;
        for (ForecastTraining.Series s : train) {
            double[] v = s.values();
            for (int i = season; i < v.length; i++) {
                sum += Math.abs(v[i] - v[i - season]);
                n++;
            }
        }
        return n == 0 || sum == 0 ? Double.NaN : sum / n;
    }

    /** Mean, minimum and maximum of one measure over seeds. */
    public record Spread(double mean, double min, double max) {
        public static Spread of(double[] values) {
            return new Spread(Arrays.stream(values).average().orElse(Double.NaN), Arrays.stream(values).min().orElse(Double.NaN),
                    Arrays.stream(values).max().orElse(Double.NaN));
        }

        /** "0.512" for one seed or equal values, "0.512 (0.50-0.53)" otherwise. */
        public String format(String number) {
            String mean = String.format(Locale.ROOT, number, this.mean);
            if (!(max > min)) { // one seed, equal values, or undefined
                return mean;
            }
            return mean + " (" + String.format(Locale.ROOT, number, min) + "-" + String.format(Locale.ROOT, number, max) + ")";
        }
    }

    /** One measure of every run, e.g. {@code runs -> r.mase()[0]}. */
    public static Spread spread(List<Run> runs, java.util.function.ToDoubleFunction<Run> measure) {
        return Spread.of(runs.stream().mapToDouble(measure).toArray());
    }

    /** Geometric mean of the positive finite values (NaN if none): how per-series MASE ratios are averaged. */
    public static double geometricMean(List<Double> values) {
        List<Double> usable = new ArrayList<>();
        for (double v : values) {
            if (v > 0 && Double.isFinite(v)) {
                usable.add(v);
            }
        }
        return usable.isEmpty() ? Double.NaN : Math.exp(usable.stream().mapToDouble(Math::log).sum() / usable.size());
    }
}
