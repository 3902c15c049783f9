package org.devopssim.simulation.caching;

import org.devopssim.simulation.model.QueryCache;

/** Named key streams for comparing admission policies (the cache holds 4% of the keys by size). */
public enum CacheWorkload {
    /** Zipf 0.9 over 50,000 keys; a fifth of look-ups for keys asked once (ids, tokens, one-off searches). */
    SKEWED("skewed (Zipf 0.9, 20% one-off keys)", new QueryCache(QueryCache.Admission.LRU, 50_000, 0.9, 2_000, 0, 0.2)),
    /** The same popular keys with 30% of look-ups from sequential scans over cold keys (reports, exports). */
    SCAN_HEAVY("scan-heavy (Zipf 0.9, 30% scans)", new QueryCache(QueryCache.Admission.LRU, 50_000, 0.9, 2_000, 0.3, 0));

    public final String label;
    private final QueryCache spec;

    CacheWorkload(String label, QueryCache spec) {
        this.label = label;
        this.spec = spec;
    }

    public QueryCache spec(QueryCache.Admission admission) {
        return spec.withAdmission(admission);
    }
}
