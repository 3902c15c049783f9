package org.devopssim.ml.forecast;

import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.devopssim.simulation.spi.Forecast;
import org.devopssim.simulation.spi.LoadForecaster;
import org.devopssim.simulation.spi.SeriesWindow;

/**
 * What the simulation calls: the learned model when one is installed and fits the request, otherwise
 * the statistical fallback. Training runs elsewhere and swaps a new model in atomically; the forecast
 * always names which of the two produced it ({@link Forecast#source()}).
 */
public final class AdaptiveLoadForecaster implements LoadForecaster, AutoCloseable {

    private final AtomicReference<MlpLoadForecaster> model = new AtomicReference<>();
    private final FallbackForecaster fallback = new FallbackForecaster();
    /** Forecasts hold the read side; retiring a model waits on the write side for forecasts still using it. */
    private final ReentrantReadWriteLock inUse = new ReentrantReadWriteLock();
    private volatile String status = "no learned model loaded: statistical fallback";

    /**
     * Installs a model (or removes it with {@code null}).
     *
     * @return the previous model, which the caller closes once no forecast can still be using it
     *         (or use {@link #replace})
     */
    public MlpLoadForecaster install(MlpLoadForecaster next) {
        return model.getAndSet(next);
    }

    /**
     * Installs a model and closes the previous one once no forecast is still running on it. The simulation
     * thread is never blocked for longer than one forecast; the caller may wait that long.
     */
    public void replace(MlpLoadForecaster next, String newStatus) {
        MlpLoadForecaster previous = model.getAndSet(next);
        status = newStatus;
        if (previous != null && previous != next) {
            inUse.writeLock().lock();
            try {
                previous.close();
            } finally {
                inUse.writeLock().unlock();
            }
        }
    }

    /** The installed model, or null while the fallback serves. */
    public MlpLoadForecaster current() {
        return model.get();
    }

    /** One line for the user: which model serves, or why the fallback does. */
    public String status() {
        return status;
    }

    public void setStatus(String message) {
        status = message;
    }

    @Override
    public Forecast forecast(SeriesWindow history, int horizonSteps) {
        inUse.readLock().lock();
        try {
            MlpLoadForecaster current = model.get();
            if (current != null && current.fits(history, horizonSteps)) {
                return current.forecast(history, horizonSteps);
            }
        } finally {
            inUse.readLock().unlock();
        }
        return fallback.forecast(history, horizonSteps);
    }

    @Override
    public void close() {
        replace(null, "closed");
    }
}
