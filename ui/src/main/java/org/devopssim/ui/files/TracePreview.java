package org.devopssim.ui.files;

import java.io.IOException;
import java.nio.file.Path;
import org.devopssim.simulation.codec.TopologyFileException;
import org.devopssim.simulation.model.MetricTrace;
import org.devopssim.simulation.model.Topology;
import org.devopssim.simulation.model.TrafficSource;
import org.devopssim.simulation.workload.TraceCsv;
import org.devopssim.simulation.workload.TraceFiles;

/**
 * A metric series read as load, before it is applied: the resampled series in the file's unit
 * and the figures a user checks (rows, span, step, min/max/mean, gaps), from the same reader and
 * resampler {@code run --trace} uses.
 */
public record TracePreview(Path file, TraceFiles.Loaded loaded) {

    /** The figures shown beside the chart; values in the file's unit. */
    public record Stats(int rows, int points, int stepSeconds, long spanSeconds, double min, double max, double mean,
                        int gaps, long longestGapSeconds, int unsortedRows, int repeatedTimestamps) {
    }

    /** Reads and resamples the file: I/O, so off the FX thread. Bad rows are refused with their line. */
    public static TracePreview read(Path file) throws IOException, TopologyFileException {
        return new TracePreview(file, TraceFiles.read(file, null));
    }

    public MetricTrace trace() {
        return loaded.trace();
    }

    /** The resampled series in the file's unit (the trace is stored scaled to a peak of 1). */
    public double[] values() {
        double peak = loaded.report().peakValue();
        double[] shape = loaded.trace().values();
        double[] v = new double[shape.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = shape[i] * peak;
        }
        return v;
    }

    public Stats stats() {
        double[] v = values();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        for (double x : v) {
            min = Math.min(min, x);
            max = Math.max(max, x);
            sum += x;
        }
        TraceCsv.Report r = loaded.report();
        return new Stats(r.rows(), v.length, r.stepSeconds(), (long) r.stepSeconds() * (v.length - 1), min, max,
                sum / v.length, r.gaps(), r.longestGapSeconds(), r.unsortedRows(), r.repeatedTimestamps());
    }

    /** The request rate all traffic sources send together at their daily peak now: the default peak. */
    public static double totalPeakRps(Topology t) {
        return t.nodes().stream().filter(TrafficSource.class::isInstance).mapToDouble(n -> ((TrafficSource) n).peakRps()).sum();
    }

    /**
     * At most about {@code maxPoints} points for the chart: the lowest and highest of each bucket,
     * in time order, so spikes stay visible. Pairs of (seconds from start, value).
     */
    public double[][] chartPoints(int maxPoints) {
        double[] v = values();
        int step = loaded.trace().stepSeconds();
        if (v.length <= maxPoints) {
            double[][] pts = new double[v.length][];
            for (int i = 0; i < v.length; i++) {
                pts[i] = new double[] {(double) i * step, v[i]};
            }
            return pts;
        }
        int bucket = (int) Math.ceil(v.length / (maxPoints / 2.0));
        java.util.List<double[]> pts = new java.util.ArrayList<>();
        for (int start = 0; start < v.length; start += bucket) {
            int end = Math.min(v.length, start + bucket);
            int lo = start;
            int hi = start;
            for (int i = start; i < end; i++) {
                if (v[i] < v[lo]) {
                    lo = i;
                }
                if (v[i] > v[hi]) {
                    hi = i;
                }
            }
            int first = Math.min(lo, hi);
            int second = Math.max(lo, hi);
            pts.add(new double[] {(double) first * step, v[first]});
            if (second != first) {
                pts.add(new double[] {(double) second * step, v[second]});
            }
        }
        return pts.toArray(double[][]::new);
    }

    /** "3 d 4 h", "2 h 30 min", "45 s". */
    public static String duration(long seconds) {
        long d = seconds / 86_400;
        long h = seconds % 86_400 / 3600;
        long m = seconds % 3600 / 60;
        if (d > 0) {
            return d + " d" + (h > 0 ? " " + h + " h" : "");
        }
        if (h > 0) {
            return h + " h" + (m > 0 ? " " + m + " min" : "");
        }
        if (m > 0) {
            return m + " min" + (seconds % 60 > 0 ? " " + seconds % 60 + " s" : "");
        }
        return seconds + " s";
    }
}
