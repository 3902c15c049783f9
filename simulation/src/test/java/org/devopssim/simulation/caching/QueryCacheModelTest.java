package org.devopssim.simulation.caching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.devopssim.simulation.model.QueryCache;
import org.devopssim.simulation.model.QueryCache.Admission;
import org.junit.jupiter.api.Test;

class QueryCacheModelTest {

    static final QueryCache SKEWED = CacheWorkload.SKEWED.spec(Admission.LRU);
    static final QueryCache SCANS = CacheWorkload.SCAN_HEAVY.spec(Admission.LRU);

    static double hitRatio(QueryCache spec, Admission admission, long seed, int lookups) {
        QueryCacheModel m = new QueryCacheModel(spec.withAdmission(admission), seed);
        m.serve(lookups);
        return m.overallHitRatio();
    }

    @Test
    void learnedAdmissionBeatsLruOnASkewedWorkload() {
        for (long seed = 1; seed <= 3; seed++) {
            double lru = hitRatio(SKEWED, Admission.LRU, seed, 300_000);
            double learned = hitRatio(SKEWED, Admission.LEARNED, seed, 300_000);
            System.out.printf("skewed seed %d: LRU %.3f learned %.3f%n", seed, lru, learned);
            assertTrue(learned > lru + 0.03, "seed " + seed + ": learned " + learned + " vs LRU " + lru);
        }
    }

    @Test
    void learnedAdmissionBeatsLruOnAScanHeavyWorkload() {
        double lru = hitRatio(SCANS, Admission.LRU, 7, 300_000);
        double learned = hitRatio(SCANS, Admission.LEARNED, 7, 300_000);
        System.out.printf("scans: LRU %.3f learned %.3f%n", lru, learned);
        assertTrue(learned > lru + 0.03, "learned " + learned + " vs LRU " + lru);
    }

    @Test
    void sameSeedSameHits() {
        assertEquals(hitRatio(SKEWED, Admission.LEARNED, 5, 20_000), hitRatio(SKEWED, Admission.LEARNED, 5, 20_000));
    }

    @Test
    void aDownCacheComesBackCold() {
        QueryCacheModel m = new QueryCacheModel(SKEWED, 1);
        double warm = m.advance(false);
        assertTrue(warm > 0.2, "warm start: " + warm);
        assertEquals(0, m.advance(true));
        assertTrue(m.serve(500) < warm, "refills from empty");
    }
}
