package org.devopssim.ui.chart;

import org.devopssim.simulation.metrics.Metric;
import org.devopssim.simulation.metrics.MetricsStore;
import org.devopssim.simulation.model.Topology;

/**
 * What a chart asks its layers for: one owner's kind of chart over {@code [from, to]} simulated
 * seconds, with the calendar offset that turns a second into a time on the axis.
 *
 * @param owner      a node id, or {@link MetricsStore#SYSTEM}
 * @param startEpoch calendar second (UTC) of simulated second zero
 */
public record ChartRequest(MetricsStore store, Topology topology, String owner, ChartKind kind, long from, long to,
                           long startEpoch) {

    /**
     * The owner's metric at each second, where its line is drawn: the second's own sample while held,
     * else the mean of its minute (0 where neither is held), so a mark sits on the line at any age.
     */
    public double[] valuesAt(Metric metric, long[] seconds) {
        int channel = store.channel(owner, metric);
        double[] values = new double[seconds.length];
        for (int i = 0; i < seconds.length; i++) {
            double v = store.valueAt(channel, seconds[i]);
            values[i] = Double.isNaN(v) ? 0 : v;
        }
        return values;
    }

    public long[] toEpochMillis(long[] seconds) {
        long[] out = new long[seconds.length];
        for (int i = 0; i < seconds.length; i++) {
            out[i] = (startEpoch + seconds[i]) * 1000;
        }
        return out;
    }
}
