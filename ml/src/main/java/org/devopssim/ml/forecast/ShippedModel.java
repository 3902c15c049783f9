package org.devopssim.ml.forecast;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.devopssim.ml.data.BadInputException;
import org.devopssim.simulation.spi.Forecast;
import org.devopssim.simulation.spi.SeriesWindow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the pretrained autoscaling forecaster into an {@link AdaptiveLoadForecaster}. Whatever goes wrong
 * (missing resource, corrupt file, a model of another shape, weights that compute nonsense) ends in one
 * clear message, and the forecaster keeps serving its statistical fallback, whose forecasts say so in
 * their source.
 */
public final class ShippedModel {

    /** The file name below {@code org/devopssim/assets/models/}. */
    public static final String FILE_NAME = "forecaster-autoscaler.bin";
    /** Path for {@code Assets.open}. */
    public static final String ASSET_PATH = "models/" + FILE_NAME;
    public static final String LABEL = "shipped v1";

    private static final Logger LOG = LoggerFactory.getLogger(ShippedModel.class);

    /** What loading ended with. */
    public record Outcome(boolean loaded, String message) {
    }

    private ShippedModel() {
    }

    /**
     * Loads on the calling thread and installs the model when it is usable; never throws.
     *
     * @param open opens the model's bytes (a resource or a file)
     * @param name names it in messages
     */
    public static Outcome loadInto(AdaptiveLoadForecaster target, Callable<InputStream> open, String name) {
        Outcome outcome;
        try (InputStream in = open.call()) {
            MlpLoadForecaster model = ForecastModelFile.read(in, Path.of(name)).labelled(LABEL);
            String problem = check(model);
            if (problem != null) {
                model.close();
                outcome = new Outcome(false, name + ": " + problem);
            } else {
                target.replace(model, "learned model " + LABEL + " (" + name + ")");
                outcome = new Outcome(true, "loaded forecaster " + name);
            }
        } catch (BadInputException e) {
            outcome = new Outcome(false, e.getMessage());
        } catch (UncheckedIOException e) {
            outcome = new Outcome(false, name + ": " + e.getCause().getMessage());
        } catch (IOException e) {
            outcome = new Outcome(false, name + ": " + e);
        } catch (Exception | UnsatisfiedLinkError e) {
            outcome = new Outcome(false, name + ": the forecasting engine could not load the model (" + e + ")");
        }
        if (!outcome.loaded()) {
            String message = "forecaster model not used, statistical fallback serves: " + outcome.message();
            target.setStatus(message);
            LOG.warn(message);
            return new Outcome(false, message);
        }
        LOG.info(outcome.message());
        return outcome;
    }

    /**
     * Loads on a background daemon thread started once {@code after} completes (the desktop app: once its
     * window is drawn, so starting PyTorch does not compete with the window for the CPU); the forecaster
     * serves the fallback until it is done.
     */
    public static CompletableFuture<Outcome> loadInBackground(AdaptiveLoadForecaster target, Callable<InputStream> open,
                                                              String name, CompletionStage<?> after) {
        CompletableFuture<Outcome> result = new CompletableFuture<>();
        after.thenRun(() -> {
            Thread t = new Thread(() -> result.complete(loadInto(target, open, name)), "forecaster-load");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            t.start();
        });
        return result;
    }

    /** Null when the model suits the autoscaler and forecasts finite numbers on a plain series, else why not. */
    static String check(MlpLoadForecaster model) {
        if (!model.spec().equals(ForecastSpec.AUTOSCALER)) {
            return "model shape " + model.spec() + " is not the autoscaler's " + ForecastSpec.AUTOSCALER;
        }
        double[] v = new double[ForecastSpec.AUTOSCALER.historyNeeded()];
        for (int i = 0; i < v.length; i++) {
            v[i] = 100 + 5 * Math.sin(i);
        }
        Forecast f = model.forecast(new SeriesWindow(1_772_409_600L, 60, v), 2);
        for (int h = 0; h < 2; h++) {
            if (!Double.isFinite(f.low()[h]) || !Double.isFinite(f.median()[h]) || !Double.isFinite(f.high()[h])) {
                return "weights produce non-finite forecasts";
            }
        }
        return null;
    }
}
