package org.devopssim.ml.nab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.devopssim.ml.data.BadInputException;
import org.devopssim.ml.data.SeriesCsvReader;
import org.devopssim.ml.data.SeriesSample;

/**
 * A folder of detector output laid out like NAB's {@code results/<detector>/}: for the labelled file
 * {@code <category>/<file>.csv} it holds {@code <category>/<file>.csv} or
 * {@code <category>/<detector>_<file>.csv}, each with columns {@code timestamp,...,anomaly_score}.
 *
 * @param files   the labelled files that have results, ready to score
 * @param missing labelled files without a result file
 */
public record DetectorResults(List<ScoredSeries> files, List<String> missing) {

    public static DetectorResults load(LabelWindows labels, Path resultsDir) {
        if (!Files.isDirectory(resultsDir)) {
            throw new BadInputException(resultsDir, 0, "not a directory of detector results");
        }
        List<ScoredSeries> files = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, List<AnomalyWindow>> entry : labels.byFile().entrySet()) {
            Path result = find(resultsDir, entry.getKey());
            if (result == null) {
                missing.add(entry.getKey());
            } else {
                files.add(read(entry.getKey(), result, entry.getValue()));
            }
        }
        return new DetectorResults(List.copyOf(files), List.copyOf(missing));
    }

    /** Reads one result file's {@code anomaly_score} column for scoring against its windows. */
    public static ScoredSeries read(String name, Path result, List<AnomalyWindow> windows) {
        List<SeriesSample> rows = SeriesCsvReader.readAll(result, "anomaly_score");
        long[] t = new long[rows.size()];
        double[] s = new double[rows.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = rows.get(i).epochSeconds();
            s[i] = rows.get(i).value();
        }
        return ScoredSeries.of(name, t, s, windows);
    }

    private static Path find(Path dir, String labelledName) {
        Path exact = dir.resolve(labelledName);
        if (Files.isRegularFile(exact)) {
            return exact;
        }
        Path folder = exact.getParent();
        String suffix = "_" + exact.getFileName();
        if (folder == null || !Files.isDirectory(folder)) {
            return null;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            List<Path> matches = entries.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
            if (matches.size() > 1) {
                throw new BadInputException(folder, 0, "several result files for " + labelledName + ": " + matches);
            }
            return matches.isEmpty() ? null : matches.getFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }
}
