package org.devopssim.ml.nab;

import java.util.ArrayList;
import java.util.List;

/**
 * One data file's detector output laid out for NAB scoring: for every scored row, the detector's
 * score, the window it falls in (or none) and the profile-free worth of a detection at that row.
 * Rows in the probationary period are dropped here, as NAB ignores them.
 */
public final class ScoredSeries {

    static final int OUTSIDE = -1;

    private final String name;
    private final double[] scores;
    private final int[] window;
    private final double[] worth;
    private final int windows;

    private ScoredSeries(String name, double[] scores, int[] window, double[] worth, int windows) {
        this.name = name;
        this.scores = scores;
        this.window = window;
        this.worth = worth;
        this.windows = windows;
    }

    /** NAB's probationary period: the first 15% of a file, at most 750 rows. */
    public static int probationRows(int rows) {
        return (int) Math.min(Math.floor(0.15 * rows), 750);
    }

    /** NAB's scaled sigmoid: near +1 far before a window's end, 0 at it, -1 beyond 3 widths after. */
    static double scaledSigmoid(double y) {
        return y > 3.0 ? -1.0 : 2.0 / (1.0 + Math.exp(5.0 * y)) - 1.0;
    }

    /**
     * @param timestamps epoch seconds of every row, increasing
     * @param scores     the detector's score of every row
     * @param labels     the file's anomaly windows
     */
    public static ScoredSeries of(String name, long[] timestamps, double[] scores, List<AnomalyWindow> labels) {
        int n = timestamps.length;
        if (scores.length != n) {
            throw new IllegalArgumentException(name + ": " + n + " timestamps but " + scores.length + " scores");
        }
        int probation = probationRows(n);
        int[] rowWindow = new int[n];
        java.util.Arrays.fill(rowWindow, OUTSIDE);
        List<int[]> spans = new ArrayList<>(); // [first row, last row] of every window that has rows
        for (AnomalyWindow w : labels) {
            int first = -1;
            int last = -1;
            for (int i = 0; i < n; i++) {
                if (w.contains(timestamps[i])) {
                    if (first < 0) {
                        first = i;
                    }
                    last = i;
                }
            }
            if (first >= 0) {
                for (int i = first; i <= last; i++) {
                    rowWindow[i] = spans.size();
                }
                spans.add(new int[] {first, last});
            }
        }
        // Only windows that reach past probation count (NAB names windows from scored rows only).
        int[] countedId = new int[spans.size()];
        int counted = 0;
        for (int k = 0; k < spans.size(); k++) {
            countedId[k] = spans.get(k)[1] >= probation ? counted++ : OUTSIDE;
        }
        double maxTp = scaledSigmoid(-1.0);
        int scored = Math.max(0, n - probation);
        double[] s = new double[scored];
        int[] win = new int[scored];
        double[] worth = new double[scored];
        int previousRight = -1;
        int previousWidth = 0;
        int k = 0;
        for (int i = 0; i < n; i++) {
            int w = rowWindow[i];
            double value;
            if (w != OUTSIDE) {
                int right = spans.get(w)[1];
                int width = right - spans.get(w)[0] + 1;
                value = scaledSigmoid(-(right - i + 1) / (double) width) / maxTp;
                if (i == right) {
                    previousRight = right;
                    previousWidth = width;
                }
            } else if (previousRight < 0) {
                value = -1.0;
            } else {
                value = scaledSigmoid(Math.abs(previousRight - i) / (double) (previousWidth - 1));
            }
            if (i >= probation) {
                s[k] = scores[i];
                win[k] = w == OUTSIDE ? OUTSIDE : countedId[w];
                worth[k] = value;
                k++;
            }
        }
        return new ScoredSeries(name, s, win, worth, counted);
    }

    public String name() {
        return name;
    }

    /** Windows that count for this file. */
    public int windows() {
        return windows;
    }

    int scoredRows() {
        return scores.length;
    }

    double score(int row) {
        return scores[row];
    }

    /** The window of a scored row, or {@link #OUTSIDE}. */
    int window(int row) {
        return window[row];
    }

    /** Inside a window: fraction of tpWeight earned; outside: fraction of fpWeight earned (negative). */
    double worth(int row) {
        return worth[row];
    }
}
