package org.devopssim.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.devopssim.app.PresetLibrary;
import org.devopssim.ml.forecast.ArchitectureComparison;
import org.devopssim.ml.forecast.FallbackForecaster;
import org.devopssim.ml.forecast.ForecastModelFile;
import org.devopssim.ml.forecast.ForecastSpec;
import org.devopssim.ml.forecast.ForecastTraining;
import org.devopssim.ml.forecast.MlpLoadForecaster;
import org.devopssim.ml.live.HeldOut;
import org.devopssim.ml.live.SimulatedLoad;
import org.devopssim.simulation.model.Topology;

/**
 * {@code devops-sim train-forecaster}: produces the model the app ships, from simulated data only.
 */
public final class TrainForecasterCommand implements Subcommand {

    private final PresetLibrary presets;

    public TrainForecasterCommand(PresetLibrary presets) {
        this.presets = presets;
    }

    @Override
    public String name() {
        return "train-forecaster";
    }

    @Override
    public String summary() {
        return "train the autoscaling load forecaster on simulated days of the presets";
    }

    @Override
    public String usage() {
        return """
                Usage: devops-sim train-forecaster --output FILE [--seed 1] [--days 14] [--epochs 30]
                                                   [--presets production,development,experimental] [--no-surges]
                                                   [--architecture mlp]

                Runs the presets headless for --days simulated days each (with random traffic surges,
                0-2 a day, unless --no-surges), collects the one-minute request rates of their
                autoscaled services and trains the MLP quantile forecaster the predictive autoscaler
                uses (10 minutes of history, up to 10 minutes ahead). Then checks it on one fresh
                simulated day per preset (other seeds) against the statistical fallback, 2 minutes
                ahead, and writes the model to FILE (atomically). The same arguments give the same file.
                --architecture trains another network on the same data (linear, mlp, lstm or gru, optionally
                :UNITS; see compare-forecasters); the app and the autoscaler load only the shipped shape
                (mlp with 64 units) and fall back to statistics for any other.
                The model shipped with the app was made with:
                  devops-sim train-forecaster --output assets/src/main/resources/org/devopssim/assets/models/forecaster-autoscaler.bin --seed 1 --days 14
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Path output;
        long seed;
        int days;
        int epochs;
        List<Topology> topologies = new ArrayList<>();
        boolean surges;
        ForecastSpec spec;
        try {
            Arguments a = Arguments.parse(args, Set.of("output", "seed", "days", "epochs", "presets", "architecture"),
                    Set.of("no-surges")).noPositional();
            output = Path.of(a.require("output"));
            seed = a.longValue("seed", 1);
            days = a.positiveInt("days", 14);
            epochs = a.positiveInt("epochs", ForecastTraining.Options.DEFAULT.epochs());
            surges = !a.flag("no-surges");
            spec = ArchitectureComparison.Candidate.parse(a.get("architecture").orElse("mlp")).applyTo(ForecastSpec.AUTOSCALER);
            for (String name : a.get("presets").orElse("production,development,experimental").split(",")) {
                topologies.add(presets.preset(name.trim()));
            }
        } catch (Arguments.BadInput | IllegalArgumentException e) {
            err.println("devops-sim train-forecaster: " + e.getMessage());
            return BAD_INPUT;
        }
        long t0 = System.nanoTime();
        List<ForecastTraining.Series> data = SimulatedLoad.collect(topologies, presets.prices(), seed, days, surges,
                (topology, day, total) -> {
                    if (day == total) {
                        err.printf(Locale.ROOT, "simulated %d days of %s%n", total, topology);
                    }
                });
        long simulated = System.nanoTime();
        int samples = data.stream().mapToInt(s -> ForecastTraining.samplesOf(s.values().length, spec)).sum();
        out.printf(Locale.ROOT, "data: %d series, %d one-minute samples, %d training origins (%.0f s of simulation)%n",
                data.size(), data.stream().mapToInt(s -> s.values().length).sum(), samples, (simulated - t0) / 1e9);
        ForecastTraining.Options defaults = ForecastTraining.Options.DEFAULT;
        ForecastTraining.Options options = new ForecastTraining.Options(epochs, defaults.batchSize(), defaults.learningRate(),
                (int) seed);
        ForecastTraining.Trained trained = ForecastTraining.train(data, spec, options, null);
        try (MlpLoadForecaster model = trained.forecaster()) {
            long done = System.nanoTime();
            out.printf(Locale.ROOT, "trained %s, %d parameters, %d epochs in %.1f s, last epoch pinball loss %.4f%n",
                    model.source(), model.parameterCount(), epochs, (done - simulated) / 1e9, trained.lastEpochLoss());
            List<ForecastTraining.Series> check = SimulatedLoad.collect(topologies, presets.prices(), seed + 1_000_003, 1,
                    surges, null);
            double mlp = HeldOut.mae(model, check, Integer.MAX_VALUE, 2);
            double fallback = HeldOut.mae(new FallbackForecaster(), check, Integer.MAX_VALUE, 2);
            out.printf(Locale.ROOT, "check on a fresh day per preset, 2 minutes ahead: MAE model %.2f req/s, "
                    + "statistical fallback %.2f req/s (ratio %.3f)%n", mlp, fallback, mlp / fallback);
            ForecastModelFile.save(model, output);
            out.println("wrote " + output);
            if (!spec.equals(ForecastSpec.AUTOSCALER)) {
                out.println("note: the app loads only models of the shipped shape " + ForecastSpec.AUTOSCALER
                        + "; with this file the app serves its statistical fallback");
            }
        }
        return OK;
    }
}
