package org.devopssim.simulation.metrics;

/**
 * Samples of one metric over a time range, oldest first.
 *
 * @param times simulated seconds of each sample
 * @param stepSeconds resolution the samples were read at (1 for recent history, coarser for older)
 */
public record Series(long[] times, double[] values, int stepSeconds) {

    public int size() {
        return times.length;
    }

    public boolean isEmpty() {
        return times.length == 0;
    }

    public double last() {
        return values[values.length - 1];
    }
}
