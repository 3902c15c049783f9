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

    boolean isEmpty() {
        return size == 0;
    }

    double min() {
        return counts.firstKey();
    }

    double max() {
        return counts.lastKey();
    }

    /** Distance from {@code value} to the closest remembered value; must not be empty. */
    double distanceToNearest(double value) {
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
