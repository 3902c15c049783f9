package org.devopssim.ml.forecast;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.devopssim.ml.data.SeriesCsvReader;

/**
 * Command-line benchmark: backtests the forecaster on every CSV under a folder and prints per-file and
 * mean metrics. Usage: {@code ForecastBenchmark DATA_DIR HORIZON_STEPS}.
 */
public final class ForecastBenchmark {

    private ForecastBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int horizon = Integer.parseInt(args[1]);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        double relSeasonal = 0;
        double relLast = 0;
        double relFallback = 0;
        double coverage = 0;
        int evaluated = 0;
        System.out.printf(Locale.ROOT, "%-50s %9s %9s %9s %9s %6s %6s %7s%n", "file", "MASE mlp", "fallback", "s-naive", "last", "cov80", "train", "");
        for (Path file : files) {
            ForecastMetrics m;
            try {
                m = ForecastEvaluation.evaluate(SeriesCsvReader.readAll(file), horizon, ForecastTraining.Options.DEFAULT);
            } catch (IllegalArgumentException e) {
                System.out.printf(Locale.ROOT, "%-50s skipped: %s%n", dir.relativize(file), e.getMessage());
                continue;
            }
            System.out.printf(Locale.ROOT, "%-50s %9.3f %9.3f %9.3f %9.3f %6.2f %5.1fs%n", dir.relativize(file),
                    m.maseModel(), m.maseFallback(), m.maseSeasonalNaive(), m.maseLastValue(), m.coverage80(), m.trainMillis() / 1000.0);
            relSeasonal += m.relativeToSeasonalNaive();
            relLast += m.relativeToLastValue();
            relFallback += m.maeModel() / m.maeFallback();
            coverage += m.coverage80();
            evaluated++;
        }
        System.out.printf(Locale.ROOT, "%d files, horizon %d steps: mean MAE ratio mlp/seasonal-naive %.3f, mlp/last-value %.3f, "
                + "mlp/fallback %.3f, mean 80%% band coverage %.3f%n", evaluated, horizon, relSeasonal / evaluated,
                relLast / evaluated, relFallback / evaluated, coverage / evaluated);
    }
}
