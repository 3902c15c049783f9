package org.devopssim.ui.chart;

/**
 * One thing drawn on a chart: a line of metric samples today; a forecast band or anomaly markers
 * are further lines with another {@link Role}, so they can be added without changing the chart.
 *
 * @param key     stable identity (e.g. {@code latency-p95}); the chart keeps a line's colour by it
 * @param axis    0 for the left axis, 1 for the right
 * @param lower   the band's lower edge, for {@link Role#BAND}; null otherwise
 */
public record ChartLine(String key, String label, String unit, int axis, Role role, long[] epochMillis,
                        double[] values, double[] lower) {

    public enum Role {
        /** Samples joined by a line. */
        LINE,
        /** A range (e.g. a forecast's interval) from {@code lower} to {@code values}. */
        BAND,
        /** Single points (e.g. anomalies) drawn as marks. */
        MARKERS
    }

    public static ChartLine line(String key, String label, String unit, int axis, long[] epochMillis, double[] values) {
        return new ChartLine(key, label, unit, axis, Role.LINE, epochMillis, values, null);
    }

    /** "Latency p99 (ms)": what the legend (and the dataset) call the line. */
    public String labelWithUnit() {
        return unit.isEmpty() ? label : label + " (" + unit + ")";
    }

    public int size() {
        return Math.min(epochMillis.length, values.length);
    }

    ChartLine withPoints(long[] t, double[] v) {
        return new ChartLine(key, label, unit, axis, role, t, v, lower);
    }
}
