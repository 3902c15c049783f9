package org.devopssim.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.devopssim.ml.data.BadInputException;
import org.devopssim.ml.data.SeriesCsvReader;
import org.devopssim.ml.data.SeriesSample;
import org.devopssim.ml.forecast.ArchitectureComparison;
import org.devopssim.ml.forecast.ForecastEvaluation;
import org.devopssim.ml.forecast.ForecastMetrics;
import org.devopssim.ml.forecast.ForecastTraining;

/** {@code forecast-eval}: backtests the learned load forecaster on a series against simple baselines. */
public final class ForecastEvalCommand implements Subcommand {

    @Override
    public String name() {
        return "forecast-eval";
    }

    @Override
    public String summary() {
        return "forecast error of the load forecaster vs baselines";
    }

    @Override
    public String usage() {
        return """
                Usage: devops-sim forecast-eval --input SERIES.csv --horizon 10m [--epochs 30] [--architecture mlp]

                Trains the MLP forecaster (or --architecture linear, mlp, lstm or gru, optionally with
                :UNITS, e.g. lstm:32; see compare-forecasters) on the first 70% of SERIES.csv ('timestamp,value', ascending) and
                forecasts --horizon ahead (s, m, h or d) from every point of the remaining 30%. Prints the
                mean absolute error (MAE) and MASE (MAE over the in-sample MAE of the one-day seasonal naive
                forecast) of the model, the statistical fallback, the seasonal naive forecast (same time
                yesterday) and the last value, plus how often the model's 80% band held the actual value.
                Needs a few days of history.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Path input;
        long horizonSeconds;
        int epochs;
        ArchitectureComparison.Candidate network;
        try {
            Arguments options = Arguments.parse(args, Set.of("input", "horizon", "epochs", "architecture"), Set.of("help"))
                    .noPositional();
            if (options.flag("help")) {
                out.print(usage());
                return OK;
            }
            input = Path.of(options.require("input"));
            horizonSeconds = options.durationSeconds("horizon");
            epochs = options.positiveInt("epochs", ForecastTraining.Options.DEFAULT.epochs());
            network = ArchitectureComparison.Candidate.parse(options.get("architecture").orElse("mlp"));
        } catch (Arguments.BadInput | IllegalArgumentException e) {
            err.println("devops-sim forecast-eval: " + e.getMessage() + " (see --help)");
            return BAD_INPUT;
        }
        try {
            List<SeriesSample> rows = SeriesCsvReader.readAll(input);
            if (rows.size() < 3) {
                err.println("devops-sim forecast-eval: " + input + ": needs at least 3 rows, has " + rows.size());
                return BAD_INPUT;
            }
            int step = ForecastEvaluation.medianStep(rows);
            int horizon = (int) Math.round(horizonSeconds / (double) step);
            if (horizon < 1) {
                err.println("devops-sim forecast-eval: horizon " + horizonSeconds + " s is shorter than the series step of "
                        + step + " s in " + input);
                return BAD_INPUT;
            }
            ForecastTraining.Options defaults = ForecastTraining.Options.DEFAULT;
            ForecastMetrics m;
            try {
                m = ForecastEvaluation.evaluate(rows, horizon,
                        new ForecastTraining.Options(epochs, defaults.batchSize(), defaults.learningRate(), defaults.seed()), network);
            } catch (IllegalArgumentException e) {
                err.println("devops-sim forecast-eval: " + input + ": " + e.getMessage());
                return BAD_INPUT;
            }
            print(out, input, m, network.label() + " (DJL)");
            return OK;
        } catch (BadInputException e) {
            err.println("devops-sim forecast-eval: " + e.getMessage());
            return BAD_INPUT;
        } catch (RuntimeException e) {
            err.println("devops-sim forecast-eval: internal error: " + e);
            return INTERNAL_ERROR;
        }
    }

    private static void print(PrintStream out, Path input, ForecastMetrics m, String model) {
        out.printf(Locale.ROOT, "%s: step %d s, horizon %d steps, trained on %d samples in %.1f s, %d forecast origins%n",
                input, m.stepSeconds(), m.horizonSteps(), m.trainSamples(), m.trainMillis() / 1000.0, m.origins());
        out.printf(Locale.ROOT, "%-28s %12s %8s%n", "forecaster", "MAE", "MASE");
        out.printf(Locale.ROOT, "%-28s %12.4f %8.3f%n", model, m.maeModel(), m.maseModel());
        out.printf(Locale.ROOT, "%-28s %12.4f %8.3f%n", "statistical fallback", m.maeFallback(), m.maseFallback());
        out.printf(Locale.ROOT, "%-28s %12.4f %8.3f%n", "seasonal naive (yesterday)", m.maeSeasonalNaive(), m.maseSeasonalNaive());
        out.printf(Locale.ROOT, "%-28s %12.4f %8.3f%n", "last value", m.maeLastValue(), m.maseLastValue());
        out.printf(Locale.ROOT, "model MAE / seasonal naive %.3f, / last value %.3f; 80%% band held %.1f%% of actuals%n",
                m.relativeToSeasonalNaive(), m.relativeToLastValue(), 100 * m.coverage80());
    }
}
