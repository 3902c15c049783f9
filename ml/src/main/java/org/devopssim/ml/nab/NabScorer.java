package org.devopssim.ml.nab;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The Numenta Anomaly Benchmark v1.1 scoring rules: a detection early in a labelled window earns up
 * to tpWeight, a missed window costs fnWeight, detections outside windows cost up to fpWeight each
 * (less just after a window), and one threshold per profile is chosen to maximise the corpus score.
 */
public final class NabScorer {

    private NabScorer() {
    }

    /** Scores one file: rows with score >= threshold are detections. */
    public static FileScore scoreFile(ScoredSeries file, NabProfile profile, double threshold) {
        double[] best = new double[file.windows()];
        Arrays.fill(best, -profile.fnWeight());
        double fpSum = 0;
        int tp = 0;
        int tn = 0;
        int fp = 0;
        int fn = 0;
        for (int r = 0; r < file.scoredRows(); r++) {
            boolean detected = file.score(r) >= threshold;
            int w = file.window(r);
            if (w == ScoredSeries.OUTSIDE) {
                if (detected) {
                    fp++;
                    fpSum += profile.fpWeight() * file.worth(r);
                } else {
                    tn++;
                }
            } else if (detected) {
                tp++;
                best[w] = Math.max(best[w], profile.tpWeight() * file.worth(r));
            } else {
                fn++;
            }
        }
        return new FileScore(file.name(), Arrays.stream(best).sum() + fpSum, tp, tn, fp, fn, file.windows());
    }

    /** Scores a corpus at a fixed threshold (e.g. one published with a detector). */
    public static CorpusScore scoreAt(List<ScoredSeries> files, NabProfile profile, double threshold) {
        List<FileScore> perFile = files.stream().map(f -> scoreFile(f, profile, threshold)).toList();
        double raw = perFile.stream().mapToDouble(FileScore::score).sum();
        int windows = files.stream().mapToInt(ScoredSeries::windows).sum();
        double nullScore = -windows * profile.fnWeight();
        double perfect = windows * profile.tpWeight();
        double normalized = perfect == nullScore ? 0.0 : 100.0 * (raw - nullScore) / (perfect - nullScore);
        return new CorpusScore(profile, threshold, raw, nullScore, perfect, normalized, perFile);
    }

    /**
     * Sweeps every distinct score from high to low and keeps the threshold with the best summed raw
     * score (ties keep the higher threshold), then scores the corpus there.
     */
    public static CorpusScore scoreOptimized(List<ScoredSeries> files, NabProfile profile) {
        return scoreAt(files, profile, optimalThreshold(files, profile));
    }

    public static double optimalThreshold(List<ScoredSeries> files, NabProfile profile) {
        record Row(double score, int window, double worth) {
        }
        List<Row> rows = new ArrayList<>();
        int windowBase = 0;
        for (ScoredSeries f : files) {
            for (int r = 0; r < f.scoredRows(); r++) {
                int w = f.window(r);
                rows.add(new Row(f.score(r), w == ScoredSeries.OUTSIDE ? -1 : windowBase + w, f.worth(r)));
            }
            windowBase += f.windows();
        }
        rows.sort(Comparator.comparingDouble(Row::score).reversed());
        double[] best = new double[windowBase];
        Arrays.fill(best, -profile.fnWeight());
        double total = -windowBase * profile.fnWeight();
        double bestTotal = total;
        double bestThreshold = 1.1; // above every score: detect nothing
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row.window() < 0) {
                total += profile.fpWeight() * row.worth();
            } else {
                double gain = profile.tpWeight() * row.worth();
                if (gain > best[row.window()]) {
                    total += gain - best[row.window()];
                    best[row.window()] = gain;
                }
            }
            boolean lastOfThisScore = i + 1 == rows.size() || rows.get(i + 1).score() != row.score();
            if (lastOfThisScore && total > bestTotal) {
                bestTotal = total;
                bestThreshold = row.score();
            }
        }
        return bestThreshold;
    }
}
