package org.devopssim.app.selftest;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.devopssim.app.AppDirs;
import org.devopssim.app.PresetLibrary;
import org.devopssim.app.RunFactory;
import org.devopssim.app.cli.Arguments;
import org.devopssim.app.cli.Subcommand;
import org.devopssim.ml.engine.EngineStatus;
import org.devopssim.ml.engine.PyTorchRuntime;
import org.devopssim.ml.forecast.FallbackForecaster;
import org.devopssim.ml.forecast.ForecastModelFile;
import org.devopssim.ml.forecast.ForecastSpec;
import org.devopssim.ml.forecast.MlpLoadForecaster;
import org.devopssim.simulation.engine.Simulation;
import org.devopssim.simulation.engine.SystemStatus;
import org.devopssim.simulation.model.Mode;
import org.devopssim.simulation.model.Topology;
import org.devopssim.simulation.spi.Forecast;
import org.devopssim.simulation.spi.LoadForecaster;
import org.devopssim.simulation.spi.SeriesWindow;

/**
 * {@code devops-sim --self-test}: a headless health check of an installation. Loads the Production
 * preset, simulates an hour, starts the ML engine offline and forecasts, opens and migrates a temporary
 * SQLite database, prints one line per step and a verdict. Needs no display and no network.
 * Exit 0 when every step passed, 1 with the failing step and its reason otherwise.
 */
public final class SelfTestCommand implements Subcommand {

    static final long SIMULATED_SECONDS = 3600;
    private static final int HORIZON = 10;

    private final PresetLibrary presets;
    private final RunFactory runs;

    public SelfTestCommand(PresetLibrary presets, RunFactory runs) {
        this.presets = presets;
        this.runs = runs;
    }

    @Override
    public String name() {
        return "--self-test";
    }

    @Override
    public String summary() {
        return "check this installation headless: simulation, ML engine, forecaster, database";
    }

    @Override
    public String usage() {
        return """
                Usage: devops-sim --self-test [--model FILE]

                Checks the installation without a window or network: loads the Production preset,
                simulates one hour, starts the PyTorch engine offline and runs a forward pass,
                forecasts the simulated load (with the learned model when one is installed, else the bundled model, or
                with the statistical fallback, and says which), opens and migrates a temporary SQLite
                database. Prints one line per step; exit 0 when all pass, 1 naming the failing step.

                  --model FILE   forecast model to check (default: %s)
                """.formatted(AppDirs.forecastModel());
    }

    /** A failed step: its name and a reason for the user. */
    private static final class StepFailure extends Exception {
        StepFailure(String step, String reason, Throwable cause) {
            super(step + ": " + reason, cause);
        }
    }

    @FunctionalInterface
    private interface Step {
        String run() throws Exception;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Path model;
        try {
            Arguments a = Arguments.parse(args, Set.of("model"), Set.of());
            model = a.get("model").map(Path::of).orElse(AppDirs.forecastModel());
        } catch (Arguments.BadInput e) {
            err.println("devops-sim --self-test: " + e.getMessage());
            return BAD_INPUT;
        }
        long start = System.nanoTime();
        out.printf("DevOps Simulator self-test (Java %s, %s %s, data dir %s)%n", Runtime.version(),
                System.getProperty("os.name"), System.getProperty("os.arch"), AppDirs.dataDir());
        try {
            Topology[] topology = new Topology[1];
            Simulation[] sim = new Simulation[1];
            step(out, "preset", () -> {
                topology[0] = presets.preset(Mode.PRODUCTION);
                return "'%s': %d nodes, %d links".formatted(topology[0].name(), topology[0].nodes().size(),
                        topology[0].links().size());
            });
            double[] offered = new double[(int) SIMULATED_SECONDS];
            step(out, "simulation", () -> {
                sim[0] = runs.create(topology[0], 42).simulation();
                for (int s = 0; s < SIMULATED_SECONDS; s++) {
                    sim[0].tick();
                    offered[s] = sim[0].system().offeredRps();
                }
                SystemStatus st = sim[0].system();
                if (sim[0].second() != SIMULATED_SECONDS || !(st.offeredRps() > 0)) {
                    throw new IllegalStateException("after " + sim[0].second() + " s the system serves "
                            + st.offeredRps() + " requests/s");
                }
                return String.format(Locale.ROOT, "1h simulated: %.0f req/s offered, availability %.3f%%, %d instances, %d events",
                        st.offeredRps(), st.availability(), st.instances(), sim[0].eventLog().appendedCount());
            });
            step(out, "ml engine", () -> {
                EngineStatus status = PyTorchRuntime.status();
                float y = PyTorchRuntime.selfTestForwardPass();
                if (Math.abs(y - 6f) > 1e-4) {
                    throw new IllegalStateException("forward pass gave " + y + ", expected 6.0");
                }
                return status.statusLine() + "; forward pass 6.0 ok";
            });
            step(out, "forecast", () -> forecast(model, offered, sim[0].epochSecond()));
            step(out, "database", () -> {
                Path file = SelfTestDatabase.temporaryFile();
                try {
                    SelfTestDatabase.Result r = SelfTestDatabase.check(file);
                    if (!"ok".equals(r.integrity())) {
                        throw new IllegalStateException("integrity check: " + r.integrity());
                    }
                    return "SQLite %s, temporary database migrated to version %d, row read back"
                            .formatted(r.sqliteVersion(), r.schemaVersion());
                } finally {
                    Files.deleteIfExists(file);
                    Files.deleteIfExists(file.getParent());
                }
            });
        } catch (StepFailure e) {
            out.printf("self-test FAILED after %.1f s%n", (System.nanoTime() - start) / 1e9);
            err.println("devops-sim --self-test: " + e.getMessage());
            return INTERNAL_ERROR;
        }
        out.printf(Locale.ROOT, "self-test passed in %.1f s%n", (System.nanoTime() - start) / 1e9);
        return OK;
    }

    private static void step(PrintStream out, String name, Step step) throws StepFailure {
        long t0 = System.nanoTime();
        String detail;
        try {
            detail = step.run();
        } catch (Exception | Error e) {
            out.printf("  FAIL %-11s %s%n", name, e);
            throw new StepFailure(name, String.valueOf(e.getMessage() != null ? e.getMessage() : e), e);
        }
        out.printf(Locale.ROOT, "  ok   %-11s %s (%d ms)%n", name, detail, (System.nanoTime() - t0) / 1_000_000);
    }

    /** Forecasts the simulated hour's load: with the model at {@code file} if there is one, else the bundled model. */
    private static String forecast(Path file, double[] perSecond, long endEpochSecond) throws Exception {
        if (Files.exists(file)) {
            try (MlpLoadForecaster model = ForecastModelFile.load(file)) {
                ForecastSpec spec = model.spec();
                SeriesWindow history = window(perSecond, spec.stepSeconds(), Math.max(spec.seasonRows() + 1, spec.lags()),
                        endEpochSecond);
                return describe(model.forecast(history, Math.min(HORIZON, spec.horizon())), "model " + file);
            }
        }
        // No model of the user's own: the model bundled with the app, as the desktop app uses it.
        RunFactory.Ml shipped = RunFactory.shippedMl();
        org.devopssim.ml.forecast.ShippedModel.Outcome outcome = shipped.loading().join();
        SeriesWindow history = window(perSecond, 60, perSecond.length / 60, endEpochSecond);
        return describe(shipped.forecaster().forecast(history, HORIZON),
                outcome.loaded() ? "bundled model" : "fallback (" + outcome.message() + ")");
    }

    /**
     * The per-second series averaged per step; repeated from its start when the forecaster needs more
     * rows than an hour gives (a model's daily season), which is fine for a check of the forward pass.
     */
    static SeriesWindow window(double[] perSecond, int step, int rows, long endEpochSecond) {
        int available = Math.max(1, perSecond.length / step);
        double[] steps = new double[available];
        for (int i = 0; i < available; i++) {
            double sum = 0;
            int n = 0;
            for (int s = i * step; s < Math.min(perSecond.length, (i + 1) * step); s++) {
                sum += perSecond[s];
                n++;
            }
            steps[i] = sum / Math.max(1, n);
        }
        double[] values = new double[rows];
        for (int i = 0; i < rows; i++) {
            values[rows - 1 - i] = steps[available - 1 - (i % available)];
        }
        return new SeriesWindow(endEpochSecond - (long) rows * step, step, values);
    }

    private static String describe(Forecast f, String which) {
        for (int h = 0; h < f.horizonSteps(); h++) {
            if (!Double.isFinite(f.median()[h]) || f.low()[h] > f.high()[h]) {
                throw new IllegalStateException(which + ": forecast step " + (h + 1) + " is not a valid band");
            }
        }
        return String.format(Locale.ROOT, "%s: %s, %d x %d s ahead, next %.0f req/s [%.0f, %.0f]", which, f.source(),
                f.horizonSteps(), f.stepSeconds(), f.median()[0], f.low()[0], f.high()[0]);
    }
}
