package org.devopssim.ui.chart;

import java.util.List;

/**
 * What the chart draws now.
 *
 * @param scope    whose metrics: a node's name, or "System"
 * @param fromMillis left edge of the window on the time axis
 * @param toMillis   right edge (the live second, or the moment under the time-travel cursor)
 * @param samples  samples read, before thinning for display
 */
public record ChartData(String scope, ChartKind kind, List<ChartLine> lines, long fromMillis, long toMillis,
                        int samples) {

    public ChartData {
        lines = List.copyOf(lines);
    }

    public int points() {
        return lines.stream().mapToInt(ChartLine::size).sum();
    }
}
