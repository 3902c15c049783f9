package org.devopssim.simulation.caching;

import java.util.SplittableRandom;
import org.devopssim.simulation.model.QueryCache;

/**
 * The keys a cache is asked for, drawn from a seeded generator: mostly a Zipf-skewed choice among
 * {@code keys} keys (by inverse CDF, a binary search), plus keys asked once and never again, plus
 * sequential scans over a cold range longer than any cache. Keys are ints; the three kinds never overlap.
 */
public final class KeyStream {

    /** Scans cycle over this many cold keys: far more than a cache holds, so a scan never hits. */
    static final int SCAN_RANGE = 1 << 20;
    private static final int SCAN_BASE = 1 << 24;
    private static final int ONE_OFF_BASE = 1 << 26;

    private final SplittableRandom random;
    private final double[] cdf;
    private final double scanShare;
    private final double oneOffShare;
    private int scanCursor;
    private int oneOffCounter;

    public KeyStream(QueryCache spec, long seed) {
        this.random = new SplittableRandom(seed);
        this.cdf = new double[spec.keys()];
        double sum = 0;
        for (int r = 0; r < cdf.length; r++) {
            sum += Math.pow(r + 1, -spec.zipfExponent());
            cdf[r] = sum;
        }
        for (int r = 0; r < cdf.length; r++) {
            cdf[r] /= sum;
        }
        this.scanShare = spec.scanShare();
        this.oneOffShare = spec.oneOffShare();
        this.scanCursor = random.nextInt(SCAN_RANGE);
    }

    public int next() {
        double u = random.nextDouble();
        if (u < scanShare) {
            scanCursor = (scanCursor + 1) % SCAN_RANGE;
            return SCAN_BASE + scanCursor;
        }
        if (u < scanShare + oneOffShare) {
            oneOffCounter = (oneOffCounter + 1) % (1 << 30 - 1);
            return ONE_OFF_BASE + oneOffCounter;
        }
        double v = random.nextDouble();
        int lo = 0;
        int hi = cdf.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cdf[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** A key's size class 0..3 (1, 2, 4 or 8 units; 60/25/10/5%), fixed per key by a hash. */
    public static int sizeClass(int key) {
        int h = key * 0x9E3779B1;
        int bucket = (h >>> 16) % 20;
        return bucket < 12 ? 0 : bucket < 17 ? 1 : bucket < 19 ? 2 : 3;
    }
}
