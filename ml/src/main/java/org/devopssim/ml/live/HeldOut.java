package org.devopssim.ml.live;

import java.util.Arrays;
import java.util.List;
import org.devopssim.ml.forecast.ForecastSpec;
import org.devopssim.ml.forecast.ForecastTraining;
import org.devopssim.simulation.spi.Forecast;
import org.devopssim.simulation.spi.LoadForecaster;
import org.devopssim.simulation.spi.SeriesWindow;

/**
 * Forecast error on the newest minutes of one-minute series, asked the way the predictive autoscaler asks:
 * from a window of the last 15 minutes (what its metrics hold), {@code steps} minutes ahead.
 */
public final class HeldOut {

    /** Minutes of history in each forecast request, as the autoscaler has them. */
    public static final int WINDOW = 15;

    private HeldOut() {
    }

    /**
     * Mean absolute error of the median over every origin in the last {@code minutes} of each series
     * (all origins when {@code minutes} exceeds the series), in requests/s. NaN when there is no origin.
     */
    public static double mae(LoadForecaster f, List<ForecastTraining.Series> series, int minutes, int steps) {
        int window = Math.max(WINDOW, ForecastSpec.AUTOSCALER.historyNeeded());
        double sum = 0;
        long n = 0;
        for (ForecastTraining.Series s : series) {
            double[] v = s.values();
            int firstOrigin = Math.max(window - 1, v.length - minutes - 1);
            for (int last = firstOrigin; last + steps < v.length; last++) {
                int from = last - window + 1;
                SeriesWindow w = new SeriesWindow(s.firstTimestamp() + (long) from * 60, 60,
                        Arrays.copyOfRange(v, from, last + 1));
                Forecast fc = f.forecast(w, steps);
                for (int h = 1; h <= steps; h++) {
                    sum += Math.abs(v[last + h] - fc.median()[h - 1]);
                    n++;
                }
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
