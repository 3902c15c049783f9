package org.devopssim.simulation.spi;

/**
 * A forecast with an uncertainty band: {@code low}/{@code high} bound the central 80%.
 *
 * @param firstTimestamp epoch seconds of the first forecast step (one step after the history)
 * @param source         what produced it, shown to the user (e.g. "MLP v3", "seasonal fallback")
 */
public record Forecast(long firstTimestamp, int stepSeconds, double[] low, double[] median, double[] high,
                       String source) {

    public int horizonSteps() {
        return median.length;
    }

    /**
     * The same forecast with every quantile raised to at least zero: what is shown for a rate, which
     * cannot be negative even where a falling series takes a learned band below zero.
     */
    public Forecast atLeastZero() {
        return new Forecast(firstTimestamp, stepSeconds, atLeastZero(low), atLeastZero(median), atLeastZero(high), source);
    }

    private static double[] atLeastZero(double[] values) {
        double[] v = values.clone();
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.max(0, v[i]);
        }
        return v;
    }
}
