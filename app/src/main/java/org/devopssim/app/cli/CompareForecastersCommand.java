package org.devopssim.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.devopssim.app.PresetLibrary;
import org.devopssim.ml.data.BadInputException;
import org.devopssim.ml.data.SeriesCsvReader;
import org.devopssim.ml.data.SeriesSample;
import org.devopssim.ml.forecast.ArchitectureComparison;
import org.devopssim.ml.forecast.ArchitectureComparison.Candidate;
import org.devopssim.ml.forecast.ArchitectureComparison.Run;
import org.devopssim.ml.forecast.ArchitectureComparison.Test;
import org.devopssim.ml.forecast.ForecastEvaluation;
import org.devopssim.ml.forecast.ForecastSpec;
import org.devopssim.ml.forecast.ForecastTraining;
import org.devopssim.ml.live.HeldOut;
import org.devopssim.ml.live.SimulatedLoad;
import org.devopssim.simulation.model.Topology;

/**
 * {@code devops-sim compare-forecasters}: the forecaster's candidate architectures trained by the same code
 * on the same data, side by side: accuracy 5 and 10 minutes ahead, band calibration, training and forecast
 * cost, size.
 */
public final class CompareForecastersCommand implements Subcommand {

    private static final String DEFAULT_CANDIDATES = "linear,mlp,mlp:256,lstm:32,gru:32";
    private static final double TRAIN_SHARE = 0.7;

    private final PresetLibrary presets;

    public CompareForecastersCommand(PresetLibrary presets) {
        this.presets = presets;
    }

    @Override
    public String name() {
        return "compare-forecasters";
    }

    @Override
    public String summary() {
        return "compare forecaster architectures (linear, MLP, LSTM, GRU) on simulated load and NAB series";
    }

    @Override
    public String usage() {
        return """
                Usage: devops-sim compare-forecasters [--architectures linear,mlp,mlp:256,lstm:32,gru:32] [--seeds 1,2,3]
                                                      [--days 3] [--test-days 2] [--epochs 30] [--data-seed 1]
                                                      [--presets production,development,experimental]
                                                      [--nab DIR [--nab-only]]

                Trains each architecture (NAME or NAME:UNITS; units are the hidden width, or the cell state
                of lstm/gru; default 64, the shipped width) with the same features, pinball loss over the
                10/50/90% quantiles, Adam and batches, once per training seed, and prints one row each:
                  simulated load: the presets run headless for --days days (with random traffic surges, as
                  train-forecaster does) give the one-minute request rates to train on, in the autoscaler's
                  shape (10 minutes of history, 10 ahead); --test-days fresh days (other simulation seeds)
                  are forecast from every minute. NAB: with --nab DIR, every CSV under DIR (e.g.
                  ../shared/data/nab/data) is trained on its first 70% and forecast over the rest, with the
                  first training seed only; a missing DIR is reported and skipped. --nab-only leaves out the
                  simulated load.
                Columns: MASE 5 and 10 minutes ahead (MAE at that lead over the in-sample MAE of the
                one-day seasonal naive forecast), how often the 10-90% band held the actual value (ideal
                80%), training wall time, the median time of one forecast call as the simulation makes it,
                parameters and model file size. Mean over seeds, (min-max) when they differ.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        List<Candidate> candidates = new ArrayList<>();
        List<Integer> seeds = new ArrayList<>();
        List<Topology> topologies = new ArrayList<>();
        int days;
        int testDays;
        int epochs;
        long dataSeed;
        Path nab;
        boolean nabOnly;
        try {
            Arguments a = Arguments.parse(args, Set.of("architectures", "seeds", "days", "test-days", "epochs", "data-seed",
                    "presets", "nab"), Set.of("help", "nab-only")).noPositional();
            if (a.flag("help")) {
                out.print(usage());
                return OK;
            }
            for (String name : a.get("architectures").orElse(DEFAULT_CANDIDATES).split(",")) {
                candidates.add(Candidate.parse(name));
            }
            for (String s : a.get("seeds").orElse("1,2,3").split(",")) {
                try {
                    seeds.add(Integer.parseInt(s.trim()));
                } catch (NumberFormatException e) {
                    throw new Arguments.BadInput("option --seeds expects whole numbers separated by commas, got '" + s + "'");
                }
            }
            days = a.positiveInt("days", 3);
            if (days < 2) {
                throw new Arguments.BadInput("option --days must be at least 2: MASE compares with the same time a day earlier");
            }
            testDays = a.positiveInt("test-days", 2);
            epochs = a.positiveInt("epochs", ForecastTraining.Options.DEFAULT.epochs());
            dataSeed = a.longValue("data-seed", 1);
            for (String name : a.get("presets").orElse("production,development,experimental").split(",")) {
                topologies.add(presets.preset(name.trim()));
            }
            nab = a.get("nab").map(Path::of).orElse(null);
            nabOnly = a.flag("nab-only");
            if (nabOnly && nab == null) {
                throw new Arguments.BadInput("--nab-only needs --nab DIR");
            }
        } catch (Arguments.BadInput | IllegalArgumentException e) {
            err.println("devops-sim compare-forecasters: " + e.getMessage() + " (see --help)");
            return BAD_INPUT;
        }
        ForecastTraining.Options defaults = ForecastTraining.Options.DEFAULT;
        List<ForecastTraining.Options> options = seeds.stream()
                .map(seed -> new ForecastTraining.Options(epochs, defaults.batchSize(), defaults.learningRate(), seed)).toList();
        if (!nabOnly) {
            simulated(candidates, options, topologies, days, testDays, dataSeed, out, err);
            out.println();
        }
        if (nab == null) {
            out.println("NAB series: not compared (give --nab DIR, e.g. ../shared/data/nab/data)");
        } else if (!Files.isDirectory(nab)) {
            out.println("NAB series: " + nab + " not found, skipped");
        } else {
            nab(candidates, options.getFirst(), nab, out, err);
        }
        return OK;
    }

    private void simulated(List<Candidate> candidates, List<ForecastTraining.Options> options, List<Topology> topologies,
                           int days, int testDays, long dataSeed, PrintStream out, PrintStream err) {
        long t0 = System.nanoTime();
        List<ForecastTraining.Series> train = SimulatedLoad.collect(topologies, presets.prices(), dataSeed, days, true, null);
        List<Test> tests = SimulatedLoad.collect(topologies, presets.prices(), dataSeed + 1_000_003, testDays, true, null)
                .stream().map(s -> new Test(s.values(), s.firstTimestamp(), 0)).toList();
        ForecastSpec spec = ForecastSpec.AUTOSCALER;
        int[] leads = {5, 10};
        double scale = ArchitectureComparison.seasonalScale(train, 1440);
        out.printf(Locale.ROOT, "Simulated load: %d series, %d days each to train (%d origins), %d fresh days to test; "
                        + "%d s of simulation; MASE scale %.2f req/s%n", train.size(), days,
                train.stream().mapToInt(s -> ForecastTraining.samplesOf(s.values().length, spec)).sum(), testDays,
                Math.round((System.nanoTime() - t0) / 1e9), scale);
        out.printf(Locale.ROOT, "shape: %d one-minute lags, %d steps ahead; one forecast = %d minutes of history, %d steps; "
                + "seeds %s, %d epochs%n", spec.lags(), spec.horizon(), HeldOut.WINDOW, leads[1],
                options.stream().map(o -> String.valueOf(o.seed())).toList(), options.getFirst().epochs());
        header(out);
        for (Candidate c : candidates) {
            List<Run> runs = new ArrayList<>();
            for (ForecastTraining.Options o : options) {
                runs.add(ArchitectureComparison.run(c.applyTo(spec), train, tests, leads, scale, o, HeldOut.WINDOW));
                err.printf(Locale.ROOT, "  %s seed %d: %.1f s%n", c.label(), o.seed(), runs.getLast().trainSeconds());
            }
            row(out, c.label(), runs);
        }
        double[][] base = ArchitectureComparison.baselines(tests, spec.historyNeeded(), leads, scale, 60, HeldOut.WINDOW);
        baselineRows(out, base);
    }

    private static void nab(List<Candidate> candidates, ForecastTraining.Options options, Path dir, PrintStream out,
                            PrintStream err) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        Map<Candidate, List<Run>> runs = new LinkedHashMap<>();
        candidates.forEach(c -> runs.put(c, new ArrayList<>()));
        List<double[][]> baselines = new ArrayList<>();
        out.printf(Locale.ROOT, "NAB series under %s: train on the first 70%%, forecast from every origin of the rest; "
                + "seed %d, %d epochs%n", dir, options.seed(), options.epochs());
        out.printf(Locale.ROOT, "%-56s %s%n", "MASE 10 minutes ahead per file",
                String.join(" ", candidates.stream().map(c -> String.format(Locale.ROOT, "%9s", c.label())).toList()));
        int used = 0;
        for (Path file : files) {
            String name = dir.relativize(file).toString();
            List<SeriesSample> rows;
            try {
                rows = SeriesCsvReader.readAll(file);
            } catch (BadInputException e) {
                out.printf(Locale.ROOT, "%-56s skipped: %s%n", name, e.getMessage());
                continue;
            }
            if (rows.size() < 3) {
                out.printf(Locale.ROOT, "%-56s skipped: %d rows are too few to train and test%n", name, rows.size());
                continue;
            }
            int step = ForecastEvaluation.medianStep(rows);
            if (600 % step != 0 || step > 300) {
                out.printf(Locale.ROOT, "%-56s skipped: step %d s does not divide 5 and 10 minutes%n", name, step);
                continue;
            }
            int[] leads = {300 / step, 600 / step};
            ForecastSpec spec = ForecastSpec.forStep(step, leads[1]);
            double[] values = rows.stream().mapToDouble(SeriesSample::value).toArray();
            int split = (int) (values.length * TRAIN_SHARE);
            if (ForecastTraining.samplesOf(split, spec) < options.batchSize() || values.length - split < leads[1] + 1) {
                out.printf(Locale.ROOT, "%-56s skipped: %d rows are too few to train and test%n", name, values.length);
                continue;
            }
            List<ForecastTraining.Series> train = List.of(new ForecastTraining.Series(Arrays.copyOf(values, split),
                    rows.getFirst().epochSeconds()));
            List<Test> test = List.of(new Test(values, rows.getFirst().epochSeconds(), split - 1));
            double scale = ArchitectureComparison.seasonalScale(train, spec.seasonRows());
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-56s", name));
            for (Candidate c : candidates) {
                Run r = ArchitectureComparison.run(c.applyTo(spec), train, test, leads, scale, options, spec.historyNeeded());
                runs.get(c).add(r);
                line.append(String.format(Locale.ROOT, " %9.3f", r.mase()[1]));
            }
            baselines.add(ArchitectureComparison.baselines(test, spec.historyNeeded(), leads, scale, step, 7 * spec.seasonRows()));
            out.println(line);
            err.printf(Locale.ROOT, "  %s done%n", name);
            used++;
        }
        if (used == 0) {
            out.println("no NAB series could be compared");
            return;
        }
        out.printf(Locale.ROOT, "%d files; MASE: geometric mean over the files where it is defined (not an exactly repeating "
                + "day); band and training time: mean per file; forecast: median over the files%n", used);
        out.printf(Locale.ROOT, "| network | MASE 5 min | MASE 10 min | 10-90%% band holds | train s / file | forecast us | params |%n");
        out.println("|---|---|---|---|---|---|---|");
        for (Candidate c : candidates) {
            List<Run> r = runs.get(c);
            out.printf(Locale.ROOT, "| %s | %.3f | %.3f | %.1f%% | %.1f | %.0f | %d |%n", c.label(),
                    ArchitectureComparison.geometricMean(r.stream().map(x -> x.mase()[0]).toList()),
                    ArchitectureComparison.geometricMean(r.stream().map(x -> x.mase()[1]).toList()),
                    100 * r.stream().mapToDouble(Run::coverage).average().orElseThrow(),
                    r.stream().mapToDouble(Run::trainSeconds).average().orElseThrow(),
                    median(r.stream().mapToDouble(Run::forecastMicros).toArray()), r.getFirst().parameters());
        }
        String[] names = {"last value", "statistical fallback"};
        for (int b = 0; b < 2; b++) {
            int k = b;
            out.printf(Locale.ROOT, "| %s | %.3f | %.3f | | | | |%n", names[b],
                    ArchitectureComparison.geometricMean(baselines.stream().map(x -> x[k][0]).toList()),
                    ArchitectureComparison.geometricMean(baselines.stream().map(x -> x[k][1]).toList()));
        }
    }

    private static void header(PrintStream out) {
        out.println("| network | MASE 5 min | MASE 10 min | 10-90% band holds | train s | forecast us | params | file KB |");
        out.println("|---|---|---|---|---|---|---|---|");
    }

    private static void row(PrintStream out, String label, List<Run> runs) {
        out.printf(Locale.ROOT, "| %s | %s | %s | %s%% | %s | %s | %d | %.1f |%n", label,
                ArchitectureComparison.spread(runs, r -> r.mase()[0]).format("%.3f"),
                ArchitectureComparison.spread(runs, r -> r.mase()[1]).format("%.3f"),
                ArchitectureComparison.spread(runs, r -> 100 * r.coverage()).format("%.1f"),
                ArchitectureComparison.spread(runs, Run::trainSeconds).format("%.0f"),
                ArchitectureComparison.spread(runs, Run::forecastMicros).format("%.0f"),
                runs.getFirst().parameters(), runs.getFirst().fileBytes() / 1024.0);
    }

    private static void baselineRows(PrintStream out, double[][] base) {
        out.printf(Locale.ROOT, "| last value | %.3f | %.3f | | | | | |%n", base[0][0], base[0][1]);
        out.printf(Locale.ROOT, "| statistical fallback (same %d minutes) | %.3f | %.3f | | | | | |%n", HeldOut.WINDOW,
                base[1][0], base[1][1]);
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
