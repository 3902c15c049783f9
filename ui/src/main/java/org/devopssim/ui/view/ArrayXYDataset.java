package org.devopssim.ui.view;

import org.jfree.data.xy.AbstractXYDataset;

/**
 * One series held in plain arrays and replaced whole: cheaper than filling an XYSeries point by
 * point, and one change event per refresh instead of one per point.
 */
final class ArrayXYDataset extends AbstractXYDataset {

    private final String key;
    private long[] xs = new long[0];
    private double[] ys = new double[0];

    ArrayXYDataset(String key) {
        this.key = key;
    }

    void set(long[] newXs, double[] newYs) {
        xs = newXs;
        ys = newYs;
        fireDatasetChanged();
    }

    @Override
    public int getSeriesCount() {
        return 1;
    }

    @Override
    public Comparable<?> getSeriesKey(int series) {
        return key;
    }

    @Override
    public int getItemCount(int series) {
        return Math.min(xs.length, ys.length);
    }

    @Override
    public Number getX(int series, int item) {
        return xs[item];
    }

    @Override
    public Number getY(int series, int item) {
        return ys[item];
    }

    @Override
    public double getXValue(int series, int item) {
        return xs[item];
    }

    @Override
    public double getYValue(int series, int item) {
        return ys[item];
    }
}
