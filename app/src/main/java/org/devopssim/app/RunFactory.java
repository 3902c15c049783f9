package org.devopssim.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.devopssim.assets.Assets;
import org.devopssim.simulation.alerting.Alerting;
import org.devopssim.simulation.alerting.RulePack;
import org.devopssim.simulation.alerting.RulePackException;
import org.devopssim.simulation.alerting.RulePackReader;
import org.devopssim.simulation.engine.Simulation;
import org.devopssim.simulation.model.Topology;
import org.devopssim.simulation.spi.AnomalyDetector;
import org.devopssim.simulation.spi.LoadForecaster;

/**
 * Builds a ready-to-run simulation: the engine, the mode's alert rules and SLOs, and the ML
 * forecaster and detector when they are available. The one place the headless commands and the
 * desktop app get their runs from.
 */
public final class RunFactory {

    /** A simulation with its alerting attached. */
    public record Run(Simulation simulation, Alerting alerting) {
    }

    private final PresetLibrary presets;
    private final LoadForecaster forecaster;
    private final AnomalyDetector detector;

    /**
     * @param forecaster for predictive autoscaling, or null (then it follows utilisation)
     * @param detector   for AI alerts and AI rollback, or null (then threshold analysis)
     */
    public RunFactory(PresetLibrary presets, LoadForecaster forecaster, AnomalyDetector detector) {
        this.presets = presets;
        this.forecaster = forecaster;
        this.detector = detector;
    }

    public Run create(Topology topology, long seed) {
        Simulation sim = new Simulation(topology, seed, presets.prices());
        if (forecaster != null) {
            sim.attachForecaster(forecaster);
        }
        if (detector != null) {
            sim.attachAnomalyDetector(detector);
        }
        return new Run(sim, Alerting.attach(sim, rulePack(topology), detector));
    }

    private static RulePack rulePack(Topology topology) {
        String path = RulePackReader.bundledPath(topology.mode());
        try (InputStream in = Assets.open(path)) {
            return new RulePackReader().read(in, path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RulePackException e) {
            throw new IllegalStateException("bundled alert rules are invalid: " + e.getMessage(), e);
        }
    }
}
