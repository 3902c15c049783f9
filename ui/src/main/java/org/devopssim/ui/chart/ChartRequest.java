package org.devopssim.ui.chart;

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

    public long[] toEpochMillis(long[] seconds) {
        long[] out = new long[seconds.length];
        for (int i = 0; i < seconds.length; i++) {
            out[i] = (startEpoch + seconds[i]) * 1000;
        }
        return out;
    }
}
