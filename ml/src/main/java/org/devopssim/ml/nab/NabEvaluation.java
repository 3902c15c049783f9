package org.devopssim.ml.nab;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.devopssim.ml.data.BadInputException;
import org.devopssim.ml.data.SeriesCsvReader;
import org.devopssim.ml.data.SeriesSample;
import org.devopssim.simulation.spi.AnomalyDetector;

/**
 * Runs an online detector over a NAB corpus folder ({@code data/}, {@code labels/combined_windows.json})
 * and scores it under every profile. The detector only ever sees timestamps and values, one row at a
 * time and in order; labels are used for scoring alone.
 */
public final class NabEvaluation {

    private NabEvaluation() {
    }

    public static List<ScoredSeries> run(AnomalyDetector detector, Path nabRoot) {
        LabelWindows labels = LabelWindows.read(nabRoot.resolve("labels/combined_windows.json"));
        List<ScoredSeries> files = new ArrayList<>();
        for (Map.Entry<String, List<AnomalyWindow>> entry : labels.byFile().entrySet()) {
            Path data = nabRoot.resolve("data").resolve(entry.getKey());
            if (!Files.isRegularFile(data)) {
                throw new BadInputException(data, 0, "labelled in combined_windows.json but missing");
            }
            files.add(score(detector, entry.getKey(), data, entry.getValue()));
        }
        return files;
    }

    public static ScoredSeries score(AnomalyDetector detector, String name, Path data, List<AnomalyWindow> windows) {
        List<SeriesSample> rows = SeriesCsvReader.readAll(data);
        AnomalyDetector.AnomalyScorer scorer = detector.newScorer();
        long[] t = new long[rows.size()];
        double[] s = new double[rows.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = rows.get(i).epochSeconds();
            s[i] = scorer.score(t[i], rows.get(i).value());
        }
        return ScoredSeries.of(name, t, s, windows);
    }

    /** The corpus score under each of NAB's three profiles, each at its own optimal threshold. */
    public static List<CorpusScore> scoreAllProfiles(List<ScoredSeries> files) {
        return NabProfile.ALL.stream().map(p -> NabScorer.scoreOptimized(files, p)).toList();
    }
}
