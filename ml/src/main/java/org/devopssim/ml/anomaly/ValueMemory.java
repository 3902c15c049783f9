package org.devopssim.ml.anomaly;

import java.util.Map;
import java.util.TreeMap;

/** The last {@code capacity} values of a series as a sorted multiset: nearest value and range in O(log n). */
final class ValueMemory {

    private final double[] ring;
    private final TreeMap<Double, Integer> counts = new TreeMap<>();
    private int size;
    private int next;

    ValueMemory(int capacity) {
        ring = new double[capacity];
    }

    void add(double value) {
        if (size == ring.length) {
            counts.computeIfPresent(ring[next], (v, c) -> c == 1 ? null : c - 1);
            size--;
        }
        ring[next] = value;
        next = (next + 1) % ring.length;
        counts.merge(value, 1, Integer::sum);
        size++;
    }

    private double min() {
        return counts.firstKey();
    }

    private double max() {
        return counts.lastKey();
    }

    /**
     * How new {@code value} is: its distance to the closest remembered value as a share of the range
     * spanned by the memory and the value together, that range being at least {@code floor} times the largest
     * magnitude among them; 0 when empty or when that range is zero.
     */
    double novelShare(double value, double floor) {
        if (size == 0) {
            return 0.0;
        }
        double range = Math.max(max(), value) - Math.min(min(), value);
        if (floor > 0) {
            range = Math.max(range, floor * Math.max(Math.abs(value), Math.max(Math.abs(max()), Math.abs(min()))));
        }
        return range > 0 ? distanceToNearest(value) / range : 0.0;
    }

    /** Distance from {@code value} to the closest remembered value; must not be empty. */
    private double distanceToNearest(double value) {
        Map.Entry<Double, Integer> below = counts.floorEntry(value);
        Map.Entry<Double, Integer> above = counts.ceilingEntry(value);
        double d = Double.POSITIVE_INFINITY;
        if (below != null) {
            d = value - below.getKey();
        }
        if (above != null) {
            d = Math.min(d, above.getKey() - value);
        }
        return d;
    }
}
