package org.devopssim.ml.forecast;

import java.util.Arrays;
import org.devopssim.simulation.spi.Forecast;
import org.devopssim.simulation.spi.LoadForecaster;
import org.devopssim.simulation.spi.SeriesWindow;

/**
 * Statistical forecaster used while no learned model is loaded: with a day of history, the same time
 * yesterday shifted by how the last hour differs from yesterday's; with less, an exponentially weighted
 * level. Bands come from the spread of the method's own past errors.
 */
public final class FallbackForecaster implements LoadForecaster {

    public static final String SEASONAL_SOURCE = "seasonal naive (statistical fallback)";
    public static final String EWMA_SOURCE = "EWMA level (statistical fallback)";
    private static final double Z80 = 1.2816; // the 90% normal quantile: a central 80% band

    @Override
    public Forecast forecast(SeriesWindow history, int horizonSteps) {
        if (history.size() == 0 || horizonSteps < 1) {
            throw new IllegalArgumentException("need history and a positive horizon");
        }
        double[] x = history.values();
        int n = x.length;
        int season = (int) Math.max(2, Math.round(86_400.0 / history.stepSeconds()));
        double[] low = new double[horizonSteps];
        double[] median = new double[horizonSteps];
        double[] high = new double[horizonSteps];
        String source;
        if (n > season) {
            int hour = (int) Math.max(1, Math.min(season / 24, n - season));
            double shift = mean(x, n - hour, n) - mean(x, n - hour - season, n - season);
            double[] errors = new double[n - season];
            for (int i = season; i < n; i++) {
                errors[i - season] = x[i] - x[i - season];
            }
            double spread = robustSpread(errors);
            for (int h = 1; h <= horizonSteps; h++) {
                median[h - 1] = x[ForecastFeatures.seasonalIndex(n - 1, h, season)] + shift;
                low[h - 1] = median[h - 1] - Z80 * spread;
                high[h - 1] = median[h - 1] + Z80 * spread;
            }
            source = SEASONAL_SOURCE;
        } else {
            double level = x[0];
            for (double v : x) {
                level += 0.3 * (v - level);
            }
            double[] steps = new double[Math.max(1, n - 1)];
            for (int i = 1; i < n; i++) {
                steps[i - 1] = x[i] - x[i - 1];
            }
            double spread = robustSpread(steps);
            for (int h = 1; h <= horizonSteps; h++) {
                median[h - 1] = level;
                low[h - 1] = level - Z80 * spread * Math.sqrt(h);
                high[h - 1] = level + Z80 * spread * Math.sqrt(h);
            }
            source = EWMA_SOURCE;
        }
        return new Forecast(history.lastTimestamp() + history.stepSeconds(), history.stepSeconds(), low, median, high, source);
    }

    private static double mean(double[] x, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += x[i];
        }
        return sum / (to - from);
    }

    /**
     * Standard deviation estimated as 1.4826 x the median absolute deviation, robust to incidents; when
     * more than half the deviations are zero, from the mean absolute deviation instead.
     */
    static double robustSpread(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double med = sorted[sorted.length / 2];
        double[] deviations = new double[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            deviations[i] = Math.abs(sorted[i] - med);
        }
        Arrays.sort(deviations);
        double mad = deviations[deviations.length / 2];
        if (mad > 0) {
            return 1.4826 * mad;
        }
        return Math.sqrt(Math.PI / 2) * Arrays.stream(deviations).average().orElse(0);
    }
}
