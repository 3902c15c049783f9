package org.devopssim.ml.forecast;

/**
 * The shape of a learned forecaster: what it reads and what it predicts. Stored with the weights so a
 * loaded model is only used on series it fits.
 *
 * @param lags        recent samples fed in
 * @param horizon     steps predicted at once
 * @param seasonRows  samples per day (the seasonal lag)
 * @param stepSeconds sampling step the model was trained on
 * @param hidden      units of each hidden layer (the state size of a recurrent cell; unused by {@link Architecture#LINEAR})
 * @param architecture the network between features and quantiles
 */
public record ForecastSpec(int lags, int horizon, int seasonRows, int stepSeconds, int hidden, Architecture architecture) {

    /** Quantiles of the output band; the 10-90% band bounds the central 80% that {@code Forecast} asks for. */
    static final float[] QUANTILES = {0.1f, 0.5f, 0.9f};

    public ForecastSpec {
        if (lags < 1 || horizon < 1 || seasonRows < 2 || stepSeconds < 1 || hidden < 1 || architecture == null) {
            throw new IllegalArgumentException("invalid forecast spec " + lags + "/" + horizon + "/" + seasonRows
                    + "/" + stepSeconds + "/" + hidden + "/" + architecture);
        }
    }

    /** An {@link Architecture#MLP} spec. */
    public ForecastSpec(int lags, int horizon, int seasonRows, int stepSeconds, int hidden) {
        this(lags, horizon, seasonRows, stepSeconds, hidden, Architecture.MLP);
    }

    /** The same inputs and outputs through another network of {@code units} hidden units (or cell state). */
    public ForecastSpec with(Architecture other, int units) {
        return new ForecastSpec(lags, horizon, seasonRows, stepSeconds, units, other);
    }

    /**
     * What the engine's predictive autoscaler asks for: one-minute means, of which it holds the last 10-15
     * (its per-second metrics retention is 15 minutes), and forecasts up to boot time + sync ahead. Ten
     * lags, a nine-minute "season" (so all inputs fit ten minutes of history; the clock features carry the
     * daily cycle) and ten minutes ahead.
     */
    public static final ForecastSpec AUTOSCALER = new ForecastSpec(10, 10, 9, 60, 64);

    /** A spec for 5-minute-style series: two hours of lags, one day of season. */
    public static ForecastSpec forStep(int stepSeconds, int horizon) {
        int seasonRows = (int) Math.max(2, Math.round(86_400.0 / stepSeconds));
        int lags = (int) Math.max(4, Math.min(48, Math.round(7_200.0 / stepSeconds)));
        return new ForecastSpec(lags, horizon, seasonRows, stepSeconds, 64);
    }

    /** Lags, the same time yesterday for every step ahead, and time of day / day of week. */
    int inputs() {
        return lags + horizon + 4;
    }

    int outputs() {
        return horizon * QUANTILES.length;
    }

    /** Samples of history needed to build one input. */
    public int historyNeeded() {
        return Math.max(seasonRows + 1, lags);
    }
}
