package org.devopssim.ui.chart;

import java.util.List;
import java.util.Optional;
import org.devopssim.simulation.metrics.MetricsStore;
import org.devopssim.simulation.metrics.Metric;
import org.devopssim.simulation.metrics.Series;
import org.devopssim.simulation.spi.Forecast;
import org.devopssim.simulation.spi.LoadForecaster;
import org.devopssim.simulation.spi.SeriesWindow;

/**
 * The request-rate forecast 10 minutes past the end of the chart: the median as a line and the
 * 10-90% band as its two edges, from the same forecaster the predictive autoscaler uses. Fed
 * one-minute means of the last hour (what the forecaster is trained on); one forecast costs tens
 * of microseconds, so it runs with the chart's refresh.
 */
public final class ForecastLayer implements ChartLayer {

    public static final int HORIZON_MINUTES = 10;
    private static final int HISTORY_MINUTES = 60;
    private static final int MIN_HISTORY_MINUTES = 10;

    private final LoadForecaster forecaster;

    public ForecastLayer(LoadForecaster forecaster) {
        this.forecaster = forecaster;
    }

    @Override
    public List<ChartLine> lines(ChartRequest request) {
        if (request.kind() != ChartKind.REQUESTS) {
            return List.of();
        }
        long to = request.to();
        Optional<SeriesWindow> recent = recentMinutes(request.store(), request.owner(), to, request.startEpoch());
        if (recent.isEmpty()) {
            return List.of();
        }
        double[] means = recent.get().values();
        Forecast f = forecaster.forecast(recent.get(), HORIZON_MINUTES).atLeastZero();
        int n = f.horizonSteps();
        long[] times = new long[n + 1];
        double[] median = new double[n + 1];
        double[] low = new double[n + 1];
        double[] high = new double[n + 1];
        // Start the forecast at the newest sample so it reads as a continuation of the line.
        times[0] = (request.startEpoch() + to) * 1000;
        median[0] = low[0] = high[0] = means[means.length - 1];
        for (int k = 0; k < n; k++) {
            times[k + 1] = (f.firstTimestamp() + (long) k * f.stepSeconds()) * 1000;
            median[k + 1] = f.median()[k];
            low[k + 1] = f.low()[k];
            high[k + 1] = f.high()[k];
        }
        return List.of(
                ChartLine.line("forecast", "Forecast (" + shortName(f.source()) + ")", "req/s", 0, times, median),
                new ChartLine("forecast-high", "10-90% band", "req/s", 0, ChartLine.Role.BAND, times, high, low),
                new ChartLine("forecast-low", "10%", "req/s", 0, ChartLine.Role.BAND, times, low, null));
    }

    /**
     * The request rate's one-minute means of the hour up to {@code to} (what the forecaster is
     * trained on), stamped in calendar seconds; empty while there are fewer than ten minutes.
     */
    public static Optional<SeriesWindow> recentMinutes(MetricsStore store, String owner, long to, long startEpoch) {
        Series recent = store.range(owner, Metric.REQUEST_RATE, Math.max(0, to + 1 - HISTORY_MINUTES * 60L), to);
        Series.MinuteMeans minutes = recent.minuteMeans();
        if (minutes.values().length < MIN_HISTORY_MINUTES) {
            return Optional.empty();
        }
        return Optional.of(new SeriesWindow(startEpoch + minutes.firstSecond(), 60, minutes.values()));
    }

    /** "MLP quantile forecaster (DJL PyTorch), shipped v1" reads as "MLP quantile forecaster" in a legend. */
    static String shortName(String source) {
        int cut = source.length();
        for (String stop : new String[]{" (", ","}) {
            int at = source.indexOf(stop);
            if (at > 0) {
                cut = Math.min(cut, at);
            }
        }
        return source.substring(0, cut);
    }
}
