package org.devopssim.ml.live;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.devopssim.ml.forecast.AdaptiveLoadForecaster;
import org.devopssim.ml.forecast.ForecastSpec;
import org.devopssim.ml.forecast.ForecastTraining;
import org.devopssim.ml.forecast.MlpLoadForecaster;
import org.devopssim.simulation.engine.RunObserver;
import org.devopssim.simulation.engine.Simulation;
import org.devopssim.simulation.spi.Forecast;
import org.devopssim.simulation.spi.LoadForecaster;
import org.devopssim.simulation.spi.SeriesWindow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the forecaster learning from the live run. An observer on the simulation thread only copies
 * one-minute means; every {@code everyMinutes} simulated minutes it hands a copy to one background thread
 * of minimum priority, which continues training the serving model (or a fresh one) on all but the newest
 * minutes, validates it on those against what serves now, and swaps it in only if it is not worse. A
 * round still running when the next is due makes that one skip: the simulation never waits for training.
 *
 * <p>Because which forecasts a run sees then depends on wall-clock timing, this is for live sessions
 * only; headless and graded runs do not use it and stay deterministic.
 */
public final class OnlineTrainer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OnlineTrainer.class);

    /**
     * @param everyMinutes      simulated minutes between rounds
     * @param validationMinutes newest minutes held out for validation
     * @param maxMinutes        minutes of history kept per service
     * @param validationSteps   forecast steps ahead scored in validation
     */
    public record Settings(int everyMinutes, int validationMinutes, int maxMinutes, int validationSteps,
                           ForecastTraining.Options options) {
        public static final Settings DEFAULT = new Settings(60, 60, 2 * 1440, 2,
                new ForecastTraining.Options(4, 64, 5e-4f, 1));
    }

    private final AdaptiveLoadForecaster target;
    private final TrainingLog log;
    private final Settings settings;
    private final ForecastSpec spec;
    private final ThreadPoolExecutor executor;
    private final AtomicInteger versions = new AtomicInteger();

    public OnlineTrainer(AdaptiveLoadForecaster target, TrainingLog log, Settings settings) {
        this.target = target;
        this.log = log;
        this.settings = settings;
        this.spec = ForecastSpec.AUTOSCALER;
        this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1), r -> {
            Thread t = new Thread(r, "forecaster-training");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        }, new ThreadPoolExecutor.AbortPolicy());
    }

    public TrainingLog log() {
        return log;
    }

    /**
     * An observer for one run: collects minute means of its autoscaled services and starts rounds. Add it
     * with {@code simulation.addObserver}.
     */
    public RunObserver observer(List<String> services) {
        if (services.isEmpty()) {
            return sim -> { };
        }
        MinuteMeans means = new MinuteMeans(services, settings.maxMinutes());
        return new RunObserver() {
            private long lastRound;

            @Override
            public void afterSecond(Simulation sim) {
                means.afterSecond(sim);
                long m = means.minutes();
                if (m != lastRound && m % settings.everyMinutes() == 0 && m >= minimumMinutes()) {
                    lastRound = m;
                    submit(means.snapshot(), sim.second());
                }
            }
        };
    }

    private int minimumMinutes() {
        return settings.validationMinutes() + spec.historyNeeded() + spec.horizon() + settings.options().batchSize();
    }

    /** Starts a round on the training thread, or returns null when one is already running or queued. */
    public Future<ModelVersion> submit(List<ForecastTraining.Series> series, long simulatedSecond) {
        try {
            return executor.submit(() -> round(series, simulatedSecond));
        } catch (RejectedExecutionException e) {
            LOG.debug("training round skipped: the previous one is still running");
            return null;
        }
    }

    private ModelVersion round(List<ForecastTraining.Series> series, long simulatedSecond) {
        long started = System.nanoTime();
        List<ForecastTraining.Series> train = new ArrayList<>();
        for (ForecastTraining.Series s : series) {
            int keep = s.values().length - settings.validationMinutes();
            if (ForecastTraining.samplesOf(keep, spec) > 0) {
                train.add(new ForecastTraining.Series(Arrays.copyOf(s.values(), keep), s.firstTimestamp()));
            }
        }
        MlpLoadForecaster base = target.current();
        if (base != null && !base.spec().equals(spec)) {
            base = null;
        }
        ForecastTraining.Trained trained;
        try {
            trained = ForecastTraining.train(train, spec, settings.options(), base);
        } catch (RuntimeException e) {
            LOG.warn("online training round failed: {}", e.toString());
            throw e;
        }
        int version = versions.incrementAndGet();
        MlpLoadForecaster candidate = trained.forecaster().labelled("online v" + version);
        double candidateMae = validationMae(candidate, series);
        double servingMae = validationMae(target, series);
        boolean install = Double.isFinite(candidateMae) && !(candidateMae > servingMae);
        if (install) {
            target.replace(candidate, "learned model online v" + version + " (trained on the live run)");
        } else {
            candidate.close();
        }
        ModelVersion v = new ModelVersion(version, Instant.now(), simulatedSecond, trained.samples(),
                trained.lastEpochLoss(), candidateMae, servingMae, install, (System.nanoTime() - started) / 1_000_000);
        LOG.info("online training round {}: loss {}, validation MAE {} vs serving {}, {}", version,
                v.trainingLoss(), candidateMae, servingMae, install ? "installed" : "kept the serving model");
        log.record(v);
        return v;
    }

    double validationMae(LoadForecaster f, List<ForecastTraining.Series> series) {
        return HeldOut.mae(f, series, settings.validationMinutes(), settings.validationSteps());
    }

    /** Drops a waiting round and waits (up to 30 s) for a running one to finish, so no training outlives this. */
    @Override
    public void close() {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("a training round is still running after 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
