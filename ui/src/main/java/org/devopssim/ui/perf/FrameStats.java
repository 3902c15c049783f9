package org.devopssim.ui.perf;

import java.util.Arrays;

/**
 * The last {@link #FRAMES} frames' timings: the interval between pulses (what the user sees as
 * smoothness) and the FX thread's work in a pulse (our handlers, CSS and layout).
 */
public final class FrameStats {

    static final int FRAMES = 240;

    private final long[] intervals = new long[FRAMES];
    private final long[] work = new long[FRAMES];
    private int count;
    private int next;

    public void record(long intervalNanos, long workNanos) {
        intervals[next] = intervalNanos;
        work[next] = workNanos;
        next = (next + 1) % FRAMES;
        count = Math.min(count + 1, FRAMES);
    }

    /** Timings over the frames held, in milliseconds. */
    public record Summary(int frames, double fps, double intervalP50, double intervalP95, double workP50,
                          double workP95, double workMax) {

        @Override
        public String toString() {
            return "%.0f fps · frame p50 %.1f ms p95 %.1f ms · FX work p50 %.1f ms p95 %.1f ms max %.1f ms"
                    .formatted(fps, intervalP50, intervalP95, workP50, workP95, workMax);
        }
    }

    public Summary summary() {
        if (count == 0) {
            return new Summary(0, 0, 0, 0, 0, 0, 0);
        }
        long[] i = Arrays.copyOf(intervals, count);
        long[] w = Arrays.copyOf(work, count);
        Arrays.sort(i);
        Arrays.sort(w);
        double meanInterval = Arrays.stream(i).average().orElse(0);
        return new Summary(count, meanInterval > 0 ? 1e9 / meanInterval : 0, ms(quantile(i, 0.5)),
                ms(quantile(i, 0.95)), ms(quantile(w, 0.5)), ms(quantile(w, 0.95)), ms(w[w.length - 1]));
    }

    private static long quantile(long[] sorted, double q) {
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
