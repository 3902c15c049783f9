package org.devopssim.simulation.workload;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.devopssim.simulation.codec.TopologyFileException;
import org.devopssim.simulation.model.MetricTrace;

/**
 * The one path from read samples to a trace, shared by every trace format: repeated timestamps
 * are averaged, the step is the median spacing, gaps are bridged by linear interpolation onto
 * that step, and values are scaled so the largest is 1. Says what it did in a {@link TraceCsv.Report}.
 */
public final class TraceResampler {

    /** One read sample: epoch seconds and a value. */
    public record Sample(long time, double value) {
    }

    private TraceResampler() {
    }

    /**
     * @param sorted   samples in time order (repeats allowed)
     * @param unsorted how many were out of order as read, for the report
     */
    public static TraceCsv.Loaded resample(String name, List<Sample> sorted, int unsorted) throws TopologyFileException {
        List<Sample> merged = new ArrayList<>();
        int repeated = 0;
        for (int i = 0; i < sorted.size(); ) {
            int j = i;
            double sum = 0;
            while (j < sorted.size() && sorted.get(j).time() == sorted.get(i).time()) {
                sum += sorted.get(j).value();
                j++;
            }
            repeated += j - i - 1;
            merged.add(new Sample(sorted.get(i).time(), sum / (j - i)));
            i = j;
        }
        if (merged.size() < 2) {
            throw TraceCsv.refused(name, 0, "timestamp", "a trace needs at least two distinct timestamps");
        }
        long[] deltas = new long[merged.size() - 1];
        for (int i = 1; i < merged.size(); i++) {
            deltas[i - 1] = merged.get(i).time() - merged.get(i - 1).time();
        }
        long[] ordered = deltas.clone();
        Arrays.sort(ordered);
        int step = (int) Math.max(1, ordered[ordered.length / 2]);
        int gaps = 0;
        long longest = 0;
        for (long d : deltas) {
            if (d > step * 3 / 2) {
                gaps++;
                longest = Math.max(longest, d);
            }
        }
        long first = merged.getFirst().time();
        int count = (int) ((merged.getLast().time() - first) / step) + 1;
        double[] values = new double[count];
        int k = 0;
        double max = 0;
        for (int i = 0; i < count; i++) {
            long t = first + (long) i * step;
            while (k + 1 < merged.size() - 1 && merged.get(k + 1).time() <= t) {
                k++;
            }
            Sample a = merged.get(k);
            Sample b = merged.get(Math.min(k + 1, merged.size() - 1));
            double frac = b.time() == a.time() ? 0 : Math.clamp((double) (t - a.time()) / (b.time() - a.time()), 0, 1);
            values[i] = a.value() + (b.value() - a.value()) * frac;
            max = Math.max(max, values[i]);
        }
        if (max <= 0) {
            throw TraceCsv.refused(name, 0, "value", "every value is zero: there is no traffic shape to replay");
        }
        for (int i = 0; i < count; i++) {
            values[i] /= max;
        }
        return new TraceCsv.Loaded(new MetricTrace(name, step, values),
                new TraceCsv.Report(sorted.size(), step, unsorted, repeated, gaps, longest, max));
    }
}
