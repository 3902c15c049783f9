package org.devopssim.ml.forecast;

import java.util.Arrays;
import java.util.List;
import org.devopssim.ml.data.SeriesSample;
import org.devopssim.simulation.spi.Forecast;
import org.devopssim.simulation.spi.SeriesWindow;

/**
 * Backtest of the learned forecaster against the statistical fallback and two naive baselines (same
 * time yesterday; last value) on one series: train on the first 70%, forecast from every origin in the
 * rest. Rows are taken as equally spaced at the median step (small gaps in real exports are ignored).
 */
public final class ForecastEvaluation {

    private static final double TRAIN_SHARE = 0.7;

    private ForecastEvaluation() {
    }

    /** The median spacing of the rows in seconds. */
    public static int medianStep(List<SeriesSample> rows) {
        long[] steps = new long[rows.size() - 1];
        for (int i = 1; i < rows.size(); i++) {
            steps[i - 1] = rows.get(i).epochSeconds() - rows.get(i - 1).epochSeconds();
        }
        Arrays.sort(steps);
        return (int) Math.max(1, steps.length == 0 ? 1 : steps[steps.length / 2]);
    }

    /**
     * @throws IllegalArgumentException when the series is too short for training and testing at that horizon
     */
    public static ForecastMetrics evaluate(List<SeriesSample> rows, int horizonSteps, ForecastTraining.Options options) {
        return evaluate(rows, horizonSteps, options, new ArchitectureComparison.Candidate(Architecture.MLP,
                ForecastSpec.AUTOSCALER.hidden()));
    }

    /** The same backtest with another network in place of the shipped MLP. */
    public static ForecastMetrics evaluate(List<SeriesSample> rows, int horizonSteps, ForecastTraining.Options options,
                                           ArchitectureComparison.Candidate network) {
        if (rows.size() < 3) {
            throw new IllegalArgumentException("need at least 3 rows, got " + rows.size());
        }
        int step = medianStep(rows);
        ForecastSpec spec = network.applyTo(ForecastSpec.forStep(step, horizonSteps));
        double[] values = rows.stream().mapToDouble(SeriesSample::value).toArray();
        long first = rows.getFirst().epochSeconds();
        int split = (int) (values.length * TRAIN_SHARE);
        int firstOrigin = split - 1;
        int origins = values.length - horizonSteps - firstOrigin;
        if (firstOrigin < spec.historyNeeded() + horizonSteps + options.batchSize() || origins < 1) {
            throw new IllegalArgumentException("series of " + values.length + " rows at " + step + " s is too short for horizon "
                    + horizonSteps + ": need about " + (int) Math.ceil((spec.historyNeeded() + horizonSteps + options.batchSize()) / TRAIN_SHARE
                    + horizonSteps) + " rows (a day of history for training and testing)");
        }
        long started = System.nanoTime();
        try (MlpLoadForecaster model = ForecastTraining.train(Arrays.copyOf(values, split), first, spec, options)) {
            long trainMillis = (System.nanoTime() - started) / 1_000_000;
            float[][] inputs = new float[origins][spec.inputs()];
            ForecastFeatures.Scale[] scales = new ForecastFeatures.Scale[origins];
            for (int o = 0; o < origins; o++) {
                int last = firstOrigin + o;
                scales[o] = ForecastFeatures.scale(values, last, spec);
                ForecastFeatures.inputs(values, last, first + (long) last * step, spec, scales[o], inputs[o]);
            }
            float[][] outputs = model.predict(inputs);
            FallbackForecaster fallback = new FallbackForecaster();
            double model1 = 0;
            double fallback1 = 0;
            double seasonal1 = 0;
            double lastValue1 = 0;
            int covered = 0;
            for (int o = 0; o < origins; o++) {
                int last = firstOrigin + o;
                int from = Math.max(0, last + 1 - 7 * spec.seasonRows()); // a week of history is plenty for the fallback
                Forecast fb = fallback.forecast(new SeriesWindow(first + (long) from * step, step,
                        Arrays.copyOfRange(values, from, last + 1)), horizonSteps);
                for (int h = 1; h <= horizonSteps; h++) {
                    double actual = values[last + h];
                    double[] q = MlpLoadForecaster.quantilesOfStep(outputs[o], h - 1);
                    double low = scales[o].restore(q[0]);
                    double median = scales[o].restore(q[1]);
                    double high = scales[o].restore(q[2]);
                    model1 += Math.abs(actual - median);
                    fallback1 += Math.abs(actual - fb.median()[h - 1]);
                    seasonal1 += Math.abs(actual - values[ForecastFeatures.seasonalIndex(last, h, spec.seasonRows())]);
                    lastValue1 += Math.abs(actual - values[last]);
                    if (actual >= low && actual <= high) {
                        covered++;
                    }
                }
            }
            double n = (double) origins * horizonSteps;
            double scale = inSampleSeasonalMae(values, split, spec.seasonRows());
            return new ForecastMetrics(step, horizonSteps, split, origins,
                    model1 / n, fallback1 / n, seasonal1 / n, lastValue1 / n,
                    model1 / n / scale, fallback1 / n / scale, seasonal1 / n / scale, lastValue1 / n / scale,
                    covered / n, trainMillis);
        }
    }

    /** Mean absolute one-season difference on the training part: the MASE denominator. */
    static double inSampleSeasonalMae(double[] values, int split, int season) {
        double sum = 0;
        for (int i = season; i < split; i++) {
            sum += Math.abs(values[i] - values[i - season]);
        }
        double mae = sum / (split - season);
        return mae > 0 ? mae : Double.NaN; // a perfectly repeating history: MASE is undefined
    }
}
