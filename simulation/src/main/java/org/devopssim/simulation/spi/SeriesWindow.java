package org.devopssim.simulation.spi;

/**
 * Recent samples of one series at a fixed step, oldest first.
 *
 * @param firstTimestamp epoch seconds (UTC) of {@code values[0]}
 * @param stepSeconds    seconds between samples
 */
public record SeriesWindow(long firstTimestamp, int stepSeconds, double[] values) {

    public int size() {
        return values.length;
    }

    /** Epoch seconds of the newest sample. */
    public long lastTimestamp() {
        return firstTimestamp + (long) (values.length - 1) * stepSeconds;
    }
}
