package org.devopssim.ml.forecast;

/**
 * Forecast errors over the last 30% of a series (the model trained on the first 70%), averaged over every
 * origin and every step up to the horizon.
 *
 * @param mase*      MAE divided by the in-sample MAE of the one-day seasonal naive forecast on the training
 *                   part (Hyndman's MASE); below 1 beats that naive forecast on its own ground; NaN when
 *                   the training part repeats exactly from day to day
 * @param coverage80 share of actual values inside the model's 10-90% band (ideal 0.80)
 */
public record ForecastMetrics(int stepSeconds, int horizonSteps, int trainSamples, int origins,
                              double maeModel, double maeFallback, double maeSeasonalNaive, double maeLastValue,
                              double maseModel, double maseFallback, double maseSeasonalNaive, double maseLastValue,
                              double coverage80, long trainMillis) {

    /** Model MAE relative to a baseline's: below 1 means the model is better. */
    public double relativeToSeasonalNaive() {
        return maeModel / maeSeasonalNaive;
    }

    public double relativeToLastValue() {
        return maeModel / maeLastValue;
    }
}
