package org.devopssim.ml.nab;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.devopssim.ml.anomaly.RangeNoveltyDetector;

/**
 * Command-line benchmark: scores the project's detector on a NAB corpus folder and prints the
 * normalised score per profile. Usage: {@code NabBenchmark NAB_ROOT [--files]}.
 */
public final class NabBenchmark {

    private NabBenchmark() {
    }

    public static void main(String[] args) {
        Path root = Path.of(args.length > 0 ? args[0] : "../shared/data/nab");
        long started = System.nanoTime();
        List<ScoredSeries> files = NabEvaluation.run(new RangeNoveltyDetector(), root);
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;
        List<CorpusScore> scores = NabEvaluation.scoreAllProfiles(files);
        for (CorpusScore s : scores) {
            System.out.printf(Locale.ROOT, "%-20s %7.2f  threshold %.6f  raw %.3f%n",
                    s.profile().name(), s.normalized(), s.threshold(), s.raw());
        }
        if (List.of(args).contains("--files")) {
            for (FileScore f : scores.getFirst().files()) {
                System.out.printf(Locale.ROOT, "  %-55s %7.3f  w=%d tp=%d fp=%d%n", f.name(), f.score(), f.windows(), f.tp(), f.fp());
            }
        }
        System.out.printf(Locale.ROOT, "%d files, detection %d ms%n", files.size(), elapsedMs);
    }
}
