package org.devopssim.ml.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.devopssim.ml.forecast.AdaptiveLoadForecaster;
import org.devopssim.ml.forecast.ForecastTraining;
import org.devopssim.ml.forecast.MinuteLoad;
import org.devopssim.simulation.engine.Simulation;
import org.junit.jupiter.api.Test;

class OnlineTrainerTest {

    private static final OnlineTrainer.Settings QUICK = new OnlineTrainer.Settings(60, 60, 2880, 2,
            new ForecastTraining.Options(3, 64, 1e-3f, 1));

    @Test
    void aRoundValidatesOnHeldOutMinutesAndInstallsOnlyWhatIsNotWorse() throws Exception {
        TrainingLog log = new TrainingLog();
        List<ModelVersion> persisted = new ArrayList<>();
        log.addListener(persisted::add);
        try (AdaptiveLoadForecaster f = new AdaptiveLoadForecaster(); OnlineTrainer trainer = new OnlineTrainer(f, log, QUICK)) {
            List<ForecastTraining.Series> data = List.of(new ForecastTraining.Series(MinuteLoad.values(1200, 3), MinuteLoad.T0));
            ModelVersion v = trainer.submit(data, 72_000).get(120, TimeUnit.SECONDS);
            assertEquals(1, v.version());
            assertEquals(List.of(v), log.versions());
            assertEquals(List.of(v), persisted, "the storage hook saw the round");
            assertEquals(1200 - 60 - 19, v.samples(), "the held-out hour is not trained on");
            assertTrue(v.trainingLoss() > 0 && Double.isFinite(v.validationMae()) && Double.isFinite(v.servingMae()), v.toString());
            assertEquals(v.validationMae() <= v.servingMae(), v.installed(), v.toString());
            assertEquals(v.servingMae(), trainer.validationMae(new org.devopssim.ml.forecast.FallbackForecaster(), data), 1e-9,
                    "the first round competes with the statistical fallback");
            if (v.installed()) {
                assertTrue(f.forecast(new org.devopssim.simulation.spi.SeriesWindow(MinuteLoad.T0, 60,
                        java.util.Arrays.copyOf(data.getFirst().values(), 15)), 2).source().endsWith("online v1"));
            } else {
                assertNull(f.current());
            }
            ModelVersion second = trainer.submit(data, 75_600).get(120, TimeUnit.SECONDS);
            assertEquals(2, second.version());
            assertEquals(second.validationMae() <= second.servingMae(), second.installed());
        }
    }

    @Test
    void roundsThatCannotStartAtOnceAreSkippedNotQueuedBehindEachOther() throws Exception {
        try (AdaptiveLoadForecaster f = new AdaptiveLoadForecaster();
             OnlineTrainer trainer = new OnlineTrainer(f, new TrainingLog(), QUICK)) {
            List<ForecastTraining.Series> data = List.of(new ForecastTraining.Series(MinuteLoad.values(1500, 4), MinuteLoad.T0));
            Future<ModelVersion> first = trainer.submit(data, 0);
            Future<ModelVersion> second = trainer.submit(data, 0);
            Future<ModelVersion> third = trainer.submit(data, 0);
            assertNotNull(first);
            assertTrue(second == null || third == null, "at most one round waits");
            first.get(120, TimeUnit.SECONDS);
        }
    }

    @Test
    void anObserverOnALiveRunStartsRoundsOnTheTrainingThread() throws Exception {
        TrainingLog log = new TrainingLog();
        try (AdaptiveLoadForecaster f = new AdaptiveLoadForecaster(); OnlineTrainer trainer = new OnlineTrainer(f, log, QUICK)) {
            Simulation sim = new Simulation(Presets.preset("production"), 3, Presets.prices());
            sim.attachForecaster(f);
            sim.addObserver(trainer.observer(List.of("api")));
            Thread simThread = Thread.currentThread();
            List<String> threads = new ArrayList<>();
            log.addListener(v -> threads.add(Thread.currentThread().getName()));
            sim.advance(3 * 3600);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (log.versions().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertEquals(1, log.versions().size(), "one round at minute 180 (the first with enough minutes)");
            assertEquals(10_799, log.versions().getFirst().simulatedSecond());
            assertEquals(List.of("forecaster-training"), threads);
            assertTrue(!threads.getFirst().equals(simThread.getName()));
        }
    }
}
