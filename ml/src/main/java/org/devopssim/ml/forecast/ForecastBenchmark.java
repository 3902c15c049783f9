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
        double logSeasonal = 0;
        double logLast = 0;
        double logFallback = 0;
        int ratios = 0;
        int beatsSeasonal = 0;
        int beatsLast = 0;
        int beatsFallback = 0;
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
            System.out.printf(Locale.ROOT, "%-50s %9.3f %9.3f %9.3f %9.3f %6.2f %5.1fs  MAE mlp %.4g%n", dir.relativize(file),
                    m.maseModel(), m.maseFallback(), m.maseSeasonalNaive(), m.maseLastValue(), m.coverage80(), m.trainMillis() / 1000.0, m.maeModel());
            beatsSeasonal += m.maeModel() < m.maeSeasonalNaive() ? 1 : 0;
            beatsLast += m.maeModel() < m.maeLastValue() ? 1 : 0;
            beatsFallback += m.maeModel() < m.maeFallback() ? 1 : 0;
            if (m.maeSeasonalNaive() > 0 && m.maeLastValue() > 0 && m.maeFallback() > 0 && m.maeModel() > 0) {
                logSeasonal += Math.log(m.relativeToSeasonalNaive());
                logLast += Math.log(m.relativeToLastValue());
                logFallback += Math.log(m.maeModel() / m.maeFallback());
                ratios++;
            }
            coverage += m.coverage80();
            evaluated++;
        }
        System.out.printf(Locale.ROOT, "%d files, horizon %d steps: MLP MAE lower than seasonal naive on %d, than last value on %d, "
                + "than fallback on %d files%n", evaluated, horizon, beatsSeasonal, beatsLast, beatsFallback);
        System.out.printf(Locale.ROOT, "geometric mean MAE ratio over %d files with non-zero errors: mlp/seasonal-naive %.3f, "
                + "mlp/last-value %.3f, mlp/fallback %.3f; mean 80%% band coverage %.3f%n", ratios, Math.exp(logSeasonal / ratios),
                Math.exp(logLast / ratios), Math.exp(logFallback / ratios), coverage / evaluated);
    }
}
