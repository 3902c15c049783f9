package org.devopssim.ml.forecast;

import java.util.concurrent.atomic.AtomicReference;
import org.devopssim.simulation.spi.Forecast;
import org.devopssim.simulation.spi.LoadForecaster;
import org.devopssim.simulation.spi.SeriesWindow;

/**
 * What the simulation calls: the learned model when one is installed and fits the request, otherwise
 * the statistical fallback. Training runs elsewhere and swaps a new model in atomically; the forecast
 * always names which of the two produced it.
 */
public final class AdaptiveLoadForecaster implements LoadForecaster {

    private final AtomicReference<MlpLoadForecaster> model = new AtomicReference<>();
    private final FallbackForecaster fallback = new FallbackForecaster();

    /**
     * Installs a model (or removes it with {@code null}).
     *
     * @return the previous model, which the caller closes once no forecast can still be using it
     */
    public MlpLoadForecaster install(MlpLoadForecaster next) {
        return model.getAndSet(next);
    }

    @Override
    public Forecast forecast(SeriesWindow history, int horizonSteps) {
        MlpLoadForecaster current = model.get();
        if (current != null && current.fits(history, horizonSteps)) {
            return current.forecast(history, horizonSteps);
        }
        return fallback.forecast(history, horizonSteps);
    }
}
