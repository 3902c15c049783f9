package org.devopssim.ui.chart;

/**
 * Thins a series for display: per bucket the minimum and the maximum, in time order, so a spike
 * one second wide in a 24-hour window still shows (an average would flatten it).
 */
public final class Downsample {

    private Downsample() {
    }

    /** At most about {@code maxPoints} points; the series itself when it is short enough. */
    public static ChartLine minMax(ChartLine line, int maxPoints) {
        int n = line.size();
        if (n <= maxPoints || maxPoints < 4) {
            return line;
        }
        int buckets = maxPoints / 2;
        long[] t = new long[buckets * 2];
        double[] v = new double[buckets * 2];
        int out = 0;
        for (int b = 0; b < buckets; b++) {
            int from = (int) ((long) b * n / buckets);
            int to = (int) ((long) (b + 1) * n / buckets);
            if (from >= to) {
                continue;
            }
            int lo = from;
            int hi = from;
            for (int i = from + 1; i < to; i++) {
                if (line.values()[i] < line.values()[lo]) {
                    lo = i;
                }
                if (line.values()[i] > line.values()[hi]) {
                    hi = i;
                }
            }
            int first = Math.min(lo, hi);
            int second = Math.max(lo, hi);
            t[out] = line.epochMillis()[first];
            v[out++] = line.values()[first];
            if (second != first) {
                t[out] = line.epochMillis()[second];
                v[out++] = line.values()[second];
            }
        }
        return line.withPoints(java.util.Arrays.copyOf(t, out), java.util.Arrays.copyOf(v, out));
    }
}
