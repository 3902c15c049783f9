package org.devopssim.ml.forecast;

import java.util.Arrays;
import org.devopssim.simulation.spi.Forecast;
import org.devopssim.simulation.spi.LoadForecaster;
import org.devopssim.simulation.spi.SeriesWindow;

/**
 * Statistical forecaster used while no learned model is loaded. With more than a day of history it
 * backtests two simple methods over the last day at the requested horizon and uses the better one: the
 * same time yesterday shifted by how the last hour differs from yesterday's (for daily cycles), or the
 * last value held (for series without one). With less history, an exponentially weighted level. Bands
 * come from the spread of the chosen method's own recent errors.
 */
public final class FallbackForecaster implements LoadForecaster {

    public static final String SEASONAL_SOURCE = "seasonal naive (statistical fallback)";
    public static final String LAST_VALUE_SOURCE = "last value (statistical fallback)";
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
        int hour = Math.max(1, season / 24);
        if (n > season + hour) { // the seasonal method compares the last hour with the same hour a day earlier
            // Backtest origins: the last day (or what history allows) with a full horizon after them.
            int firstOrigin = Math.max(season + hour, n - 1 - season);
            int origins = Math.max(0, n - 1 - horizonSteps - firstOrigin + 1);
            double[] seasonalErrors = new double[origins * horizonSteps];
            double[] lastErrors = new double[origins * horizonSteps];
            for (int o = 0; o < origins; o++) {
                int last = firstOrigin + o;
                for (int h = 1; h <= horizonSteps; h++) {
                    seasonalErrors[o * horizonSteps + h - 1] = x[last + h] - seasonal(x, last, h, season, hour);
                    lastErrors[o * horizonSteps + h - 1] = x[last + h] - x[last];
                }
            }
            boolean useSeasonal = origins == 0 || meanAbs(seasonalErrors) <= meanAbs(lastErrors);
            double spread = origins == 0 ? 0 : robustSpread(useSeasonal ? seasonalErrors : lastErrors);
            for (int h = 1; h <= horizonSteps; h++) {
                median[h - 1] = useSeasonal ? seasonal(x, n - 1, h, season, hour) : x[n - 1];
                low[h - 1] = median[h - 1] - Z80 * spread;
                high[h - 1] = median[h - 1] + Z80 * spread;
            }
            source = useSeasonal ? SEASONAL_SOURCE : LAST_VALUE_SOURCE;
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

    /** Yesterday at the target time, shifted by the last hour's difference from the same hour yesterday. */
    private static double seasonal(double[] x, int last, int h, int season, int hour) {
        double shift = mean(x, last + 1 - hour, last + 1) - mean(x, last + 1 - hour - season, last + 1 - season);
        return x[ForecastFeatures.seasonalIndex(last, h, season)] + shift;
    }

    private static double mean(double[] x, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += x[i];
        }
        return sum / (to - from);
    }

    private static double meanAbs(double[] errors) {
        double sum = 0;
        for (double e : errors) {
            sum += Math.abs(e);
        }
        return sum / errors.length;
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
