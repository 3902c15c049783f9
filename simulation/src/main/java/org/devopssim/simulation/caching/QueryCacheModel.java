package org.devopssim.simulation.caching;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.devopssim.simulation.model.QueryCache;

/**
 * One Redis query cache simulated key by key: an LRU cache of {@code capacity} units fed by a
 * {@link KeyStream}, with either no admission control (every miss is cached, plain LRU) or a learned
 * one: on a miss into a full cache, the {@link ReuseModel}'s re-use probability of the new key is compared
 * with that of the LRU victim, and the key is cached only if it is the likelier to be asked again.
 *
 * <p>The model learns online from the stream itself: every look-up leaves a pending example (its
 * features then); it becomes positive if the key is asked again within the horizon (twice the capacity
 * in look-ups, about how long an entry survives in the cache) and negative once it falls out of it.
 *
 * <p>Cost: {@link QueryCache#SAMPLED_LOOKUPS} look-ups per simulated second, each a few hash-map
 * operations; deterministic for a seed.
 */
public final class QueryCacheModel {

    /**
     * Smoothing of the sampled hit ratio: a time constant of 60 samples (five minutes, 600 look-ups), so
     * the figure moves by a percent or two from noise while following real changes within minutes.
     */
    private static final double SMOOTHING = 1 / 60.0;
    private static final double LN2 = Math.log(2);

    private final QueryCache spec;
    private final KeyStream stream;
    private final boolean learned;
    private final ReuseModel model = new ReuseModel();
    private final LinkedHashMap<Integer, Integer> cache = new LinkedHashMap<>(1024, 0.75f, true);
    private final LinkedHashMap<Integer, Seen> history;
    private final int horizon;
    private final int[] pendingKey;
    private final long[] pendingAt;
    /** Per slot of the horizon: the features of the look-up that left it (reused, never reallocated). */
    private final float[][] pendingFeatures;
    private final boolean[] pendingOpen;
    private final Map<Integer, Integer> latestPending = new HashMap<>();
    private final float[] candidate = new float[ReuseModel.FEATURES];
    private final float[] victim = new float[ReuseModel.FEATURES];
    private long seconds;
    /** Whether the learned model decides admission now (the ML-optimised caching feature can be switched off). */
    private boolean admissionOn;
    private int used;
    private long requests;
    private long hits;
    private long lookups;
    private double hitRatio;

    private static final class Seen {
        long last;
        double count;
    }

    public QueryCacheModel(QueryCache spec, long seed) {
        String problem = spec.problem();
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        this.spec = spec;
        this.stream = new KeyStream(spec, seed);
        this.learned = spec.admission() == QueryCache.Admission.LEARNED;
        this.admissionOn = learned;
        this.horizon = 2 * spec.capacity();
        int historySize = 4 * horizon;
        this.history = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, Seen> eldest) {
                return size() > historySize;
            }
        };
        this.pendingKey = new int[horizon];
        this.pendingAt = new long[horizon];
        this.pendingFeatures = new float[horizon][ReuseModel.FEATURES];
        this.pendingOpen = new boolean[horizon];
        // Start warm, as a cache that has been running: the first seconds are not a cold start.
        for (int k = 0; k < 10 * spec.capacity(); k++) {
            lookup(stream.next());
        }
        hitRatio = hits / (double) Math.max(1, lookups);
        hits = 0;
        lookups = 0;
    }

    public QueryCache spec() {
        return spec;
    }

    /**
     * One simulated second: every {@link QueryCache#SAMPLE_PERIOD_SECONDS} a sample of
     * {@link QueryCache#SAMPLED_LOOKUPS} look-ups; an emptied cache when the Redis node is down (it comes
     * back cold).
     *
     * @return the smoothed hit ratio (0..1)
     */
    public double advance(boolean down) {
        if (down) {
            cache.clear();
            used = 0;
            hitRatio = 0;
            return 0;
        }
        if (++seconds % QueryCache.SAMPLE_PERIOD_SECONDS == 0) {
            hitRatio += SMOOTHING * (serve(QueryCache.SAMPLED_LOOKUPS) - hitRatio);
        }
        return hitRatio;
    }

    /** Serves that many look-ups of the stream; returns the share that hit. */
    public double serve(int count) {
        int served = 0;
        for (int k = 0; k < count; k++) {
            if (lookup(stream.next())) {
                served++;
            }
        }
        return count == 0 ? 0 : served / (double) count;
    }

    /** The current (smoothed) hit ratio. */
    public double hitRatio() {
        return hitRatio;
    }

    /** Hits over look-ups since the start (after warm-up). */
    public double overallHitRatio() {
        return lookups == 0 ? 0 : hits / (double) lookups;
    }

    /**
     * Switches the learned admission off (every miss is cached, as plain LRU) or back on; the model keeps
     * learning either way. No effect on a plain LRU cache.
     */
    public void learnedAdmission(boolean on) {
        admissionOn = learned && on;
    }

    public ReuseModel model() {
        return model;
    }

    /** @return whether the key was in the cache */
    boolean lookup(int key) {
        long now = requests++;
        lookups++;
        float[] x = learned ? features(key, now, candidate) : null;
        if (learned) {
            label(key, now, x);
        }
        Seen seen = history.get(key);
        if (seen == null) {
            seen = new Seen();
            seen.last = now;
            history.put(key, seen);
        } else {
            seen.count *= decay(now - seen.last);
        }
        seen.count += 1;
        seen.last = now;
        if (cache.get(key) != null) {
            hits++;
            return true;
        }
        int size = 1 << KeyStream.sizeClass(key);
        if (size > spec.capacity()) {
            return false;
        }
        if (admissionOn && used + size > spec.capacity()) {
            int eldest = cache.keySet().iterator().next();
            if (model.logit(x) <= model.logit(features(eldest, now, victim))) {
                return false;
            }
        }
        Iterator<Map.Entry<Integer, Integer>> eldest = cache.entrySet().iterator();
        while (used + size > spec.capacity()) {
            used -= eldest.next().getValue();
            eldest.remove();
        }
        cache.put(key, size);
        used += size;
        return false;
    }

    /** Closes this key's open example as re-used, and the example falling out of the horizon as not. */
    private void label(int key, long now, float[] x) {
        Integer open = latestPending.get(key);
        if (open != null && pendingOpen[open] && now - pendingAt[open] <= horizon) {
            model.learn(pendingFeatures[open], true);
            pendingOpen[open] = false;
        }
        int slot = (int) (now % horizon);
        if (pendingOpen[slot]) {
            model.learn(pendingFeatures[slot], false);
        }
        if (now >= horizon) {
            latestPending.remove(pendingKey[slot], slot);
        }
        pendingKey[slot] = key;
        pendingAt[slot] = now;
        System.arraycopy(x, 0, pendingFeatures[slot], 0, x.length);
        pendingOpen[slot] = true;
        latestPending.put(key, slot);
    }

    private double decay(long age) {
        return Math.exp(-LN2 * age / horizon);
    }

    /** Recent frequency, age, never seen, size class, seen within the horizon. */
    private float[] features(int key, long now, float[] x) {
        Seen seen = history.get(key);
        long age = seen == null ? Long.MAX_VALUE : now - seen.last;
        double count = seen == null ? 0 : seen.count * decay(age);
        x[0] = (float) (Math.log1p(count) / Math.log(64));
        x[1] = seen == null ? 1 : (float) Math.min(1, age / (4.0 * horizon));
        x[2] = seen == null ? 1 : 0;
        x[3] = KeyStream.sizeClass(key) / 3f;
        x[4] = seen != null && age <= horizon ? 1 : 0;
        return x;
    }
}
