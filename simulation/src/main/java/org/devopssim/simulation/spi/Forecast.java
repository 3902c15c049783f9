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
}
