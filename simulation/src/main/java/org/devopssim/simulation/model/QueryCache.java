package org.devopssim.simulation.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A key-level model of a Redis query cache, instead of a fixed hit ratio: every few simulated seconds a
 * sample of {@link #SAMPLED_LOOKUPS} look-ups is drawn from a skewed key stream and run through an LRU
 * cache of {@code capacity} units, and the share of hits is the cache's hit ratio for that second. The
 * key space and the capacity are those of the sample (a scaled model of the real cache), so a key space
 * of 50,000 and a capacity of 2,000 units mean "the cache holds 4% of the keys by size".
 *
 * @param admission    which keys a miss puts into the cache: all of them (plain LRU) or those a learned
 *                     model predicts will be asked for again before they would be evicted
 * @param keys         distinct keys of the skewed part of the stream
 * @param zipfExponent skew of key popularity (key of rank r asked with probability ~ 1 / r^s; 0 = uniform)
 * @param capacity     cache size in units; a key takes 1, 2, 4 or 8 units by its size class
 * @param scanShare    share of look-ups that belong to sequential scans over cold keys (reports, exports)
 * @param oneOffShare  share of look-ups for keys asked once and never again
 */
public record QueryCache(Admission admission, int keys, double zipfExponent, int capacity, double scanShare,
                         double oneOffShare) {

    /**
     * Look-ups simulated per cache every {@link #SAMPLE_PERIOD_SECONDS}: bounds the cost whatever the
     * request rate (about two look-ups per simulated second; a whole Experimental tick is about 5 µs).
     */
    public static final int SAMPLED_LOOKUPS = 10;
    public static final int SAMPLE_PERIOD_SECONDS = 5;

    public enum Admission {
        @JsonProperty("lru") LRU,
        @JsonProperty("learned") LEARNED
    }

    /** What is wrong with these settings, or null. */
    public String problem() {
        if (admission == null) {
            return "admission must be lru or learned";
        }
        if (keys < 1 || keys > 5_000_000) {
            return "keys must be 1..5000000, got " + keys;
        }
        if (!(zipfExponent >= 0 && zipfExponent <= 3)) {
            return "zipfExponent must be 0..3, got " + zipfExponent;
        }
        if (capacity < 8) {
            return "capacity must be at least 8 units, got " + capacity;
        }
        if (!(scanShare >= 0 && oneOffShare >= 0 && scanShare + oneOffShare <= 1)) {
            return "scanShare and oneOffShare must be >= 0 and add up to at most 1";
        }
        return null;
    }

    public QueryCache withAdmission(Admission a) {
        return new QueryCache(a, keys, zipfExponent, capacity, scanShare, oneOffShare);
    }
}
