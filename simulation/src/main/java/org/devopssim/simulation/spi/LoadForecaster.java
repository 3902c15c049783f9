package org.devopssim.simulation.spi;

/** Forecasts a request-rate series ahead of its newest sample. */
public interface LoadForecaster {

    /**
     * @param history      recent samples, newest last
     * @param horizonSteps how many steps of {@code history.stepSeconds()} to forecast
     */
    Forecast forecast(SeriesWindow history, int horizonSteps);
}
