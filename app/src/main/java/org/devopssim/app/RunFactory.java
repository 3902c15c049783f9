package org.devopssim.app;

import org.devopssim.simulation.codec.BadFileException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import org.devopssim.assets.Assets;
import org.devopssim.ml.anomaly.RangeNoveltyDetector;
import org.devopssim.ml.forecast.AdaptiveLoadForecaster;
import org.devopssim.ml.forecast.ShippedModel;
import org.devopssim.ml.live.MinuteMeans;
import org.devopssim.ml.live.OnlineTrainer;
import org.devopssim.simulation.alerting.Alerting;
import org.devopssim.simulation.alerting.RulePack;
import org.devopssim.simulation.alerting.RulePackReader;
import org.devopssim.simulation.engine.Simulation;
import org.devopssim.simulation.model.Topology;
import org.devopssim.simulation.spi.AnomalyDetector;
import org.devopssim.simulation.spi.LoadForecaster;
import org.devopssim.simulation.spi.ScalingAgent;

/**
 * Builds a ready-to-run simulation: the engine, the mode's alert rules and SLOs, and the ML
 * forecaster and detector when they are available. The one place the headless commands and the
 * desktop app get their runs from.
 *
 * <p>Determinism: a run depends on its topology, seed and commands and on the forecaster's model. The
 * headless factory ({@link #withShippedModel}) loads the shipped model before the first run, so every
 * run sees the same model from its first second. The desktop app loads it in the background and may
 * train online ({@link #withOnlineTraining}); its live runs then depend on wall-clock timing.
 */
public final class RunFactory {

    /** A simulation with its alerting attached. */
    public record Run(Simulation simulation, Alerting alerting) {
    }

    /** The shipped ML: the forecaster (serving the fallback until a model is in) and how loading ended. */
    public record Ml(AdaptiveLoadForecaster forecaster, AnomalyDetector detector,
                     CompletableFuture<ShippedModel.Outcome> loading) {
    }

    private final PresetLibrary presets;
    private final LoadForecaster forecaster;
    private final AnomalyDetector detector;
    private final OnlineTrainer trainer;
    /** For the "rl" autoscaling policy: the shipped learned policy unless another is given; null: reactive. */
    private final ScalingAgent agent;

    /**
     * @param forecaster for predictive autoscaling, or null (then it follows utilisation)
     * @param detector   for AI alerts and AI rollback, or null (then threshold analysis)
     */
    public RunFactory(PresetLibrary presets, LoadForecaster forecaster, AnomalyDetector detector) {
        this(presets, forecaster, detector, null);
    }

    private RunFactory(PresetLibrary presets, LoadForecaster forecaster, AnomalyDetector detector, OnlineTrainer trainer) {
        this(presets, forecaster, detector, trainer, ShippedAgent.INSTANCE);
    }

    private RunFactory(PresetLibrary presets, LoadForecaster forecaster, AnomalyDetector detector, OnlineTrainer trainer,
                       ScalingAgent agent) {
        this.presets = presets;
        this.forecaster = forecaster;
        this.detector = detector;
        this.trainer = trainer;
        this.agent = agent;
    }

    /**
     * The learned autoscaling policy shipped in the assets (plain Java, loaded once, no DJL), or null with a
     * warning in the log when it cannot be used: "rl" services then scale like reactive ones.
     */
    private static final class ShippedAgent {
        static final org.devopssim.ml.rl.LearnedScalingPolicy INSTANCE = load();

        private static org.devopssim.ml.rl.LearnedScalingPolicy load() {
            try {
                return org.devopssim.ml.rl.ShippedPolicy.load(() -> Assets.open(org.devopssim.ml.rl.ShippedPolicy.ASSET_PATH),
                        "bundled " + org.devopssim.ml.rl.ShippedPolicy.ASSET_PATH);
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(RunFactory.class).warn("RL autoscaling policy unavailable ({}); "
                        + "services with the rl policy scale like reactive ones", e.getMessage());
                return null;
            }
        }
    }

    /** The shipped learned autoscaling policy, or null when it could not be loaded (see the log). */
    public static org.devopssim.ml.rl.LearnedScalingPolicy shippedScalingAgent() {
        return ShippedAgent.INSTANCE;
    }

    /** The same factory whose "rl" services use this learned policy (e.g. one just trained in the app). */
    public RunFactory withScalingAgent(ScalingAgent scalingAgent) {
        return new RunFactory(presets, forecaster, detector, trainer, scalingAgent);
    }

    /**
     * The shipped forecaster and the range-novelty detector (live parameters), the model loaded from the
     * bundled assets on this thread. Never fails: a missing or corrupt model leaves the statistical
     * fallback serving, and {@code loading} says why.
     */
    public static Ml shippedMl() {
        return shipped(forecaster -> CompletableFuture
                .completedFuture(ShippedModel.loadInto(forecaster, () -> Assets.open(ShippedModel.ASSET_PATH), MODEL_NAME)));
    }

    /**
     * As {@link #shippedMl()}, the model loaded on a background thread once {@code after} completes;
     * the fallback serves until then.
     */
    public static Ml shippedMlAfter(java.util.concurrent.CompletionStage<?> after) {
        return shipped(forecaster -> ShippedModel.loadInBackground(forecaster, () -> Assets.open(ShippedModel.ASSET_PATH),
                MODEL_NAME, after));
    }

    private static final String MODEL_NAME = "bundled " + ShippedModel.ASSET_PATH;

    private static Ml shipped(java.util.function.Function<AdaptiveLoadForecaster, CompletableFuture<ShippedModel.Outcome>> load) {
        AdaptiveLoadForecaster forecaster = new AdaptiveLoadForecaster();
        CompletableFuture<ShippedModel.Outcome> loading = load.apply(forecaster);
        // Live runs score per-second series for minutes to hours: the live parameter set, not NAB's.
        return new Ml(forecaster, new RangeNoveltyDetector(RangeNoveltyDetector.Parameters.LIVE), loading);
    }

    /** Runs with the shipped ML, loaded (on this thread) before this returns: for deterministic headless runs. */
    public static RunFactory withShippedModel(PresetLibrary presets, Ml ml) {
        ml.loading().join();
        return new RunFactory(presets, ml.forecaster(), ml.detector());
    }

    /** The same factory whose runs also feed an online trainer (live sessions only: not deterministic). */
    public RunFactory withOnlineTraining(OnlineTrainer onlineTrainer) {
        return new RunFactory(presets, forecaster, detector, onlineTrainer, agent);
    }

    /** The same factory without forecaster, detector, trainer or learned policy (predictive and rl follow utilisation). */
    public RunFactory withoutMl() {
        return new RunFactory(presets, null, null, null, null);
    }

    public LoadForecaster forecaster() {
        return forecaster;
    }

    public AnomalyDetector detector() {
        return detector;
    }

    public Run create(Topology topology, long seed) {
        Simulation sim = new Simulation(topology, seed, presets.prices());
        if (forecaster != null) {
            sim.attachForecaster(forecaster);
        }
        if (detector != null) {
            sim.attachAnomalyDetector(detector);
        }
        if (agent != null) {
            sim.attachScalingAgent(agent);
        }
        if (trainer != null) {
            sim.addObserver(trainer.observer(MinuteMeans.autoscaledServices(topology.nodes())));
        }
        return new Run(sim, Alerting.attach(sim, rulePack(topology), detector));
    }

    private static RulePack rulePack(Topology topology) {
        String path = RulePackReader.bundledPath(topology.mode());
        try (InputStream in = Assets.open(path)) {
            return new RulePackReader().read(in, path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (BadFileException e) {
            throw new IllegalStateException("bundled alert rules are invalid: " + e.getMessage(), e);
        }
    }
}
