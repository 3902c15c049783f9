package org.devopssim.simulation.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.devopssim.simulation.Fixtures;
import org.devopssim.simulation.model.Node;
import org.devopssim.simulation.model.PostgresNode;
import org.devopssim.simulation.model.QueryCache;
import org.devopssim.simulation.model.RedisNode;
import org.devopssim.simulation.model.Topology;
import org.junit.jupiter.api.Test;

/** The Experimental preset's key-level query caches feed their hit ratio into the database load. */
class QueryCachingTest {

    /** Mean hit ratio of the caches and mean request rate of the databases over the run. */
    record Figures(double hitRatio, double dbRequests) {
    }

    static Topology withAdmission(Topology t, QueryCache.Admission admission) {
        List<Node> nodes = new ArrayList<>();
        for (Node n : t.nodes()) {
            nodes.add(n instanceof RedisNode r && r.queryCache() != null
                    ? new RedisNode(r.id(), r.name(), r.parent(), r.position(), r.purpose(), r.hitRatio(), r.maxMemoryMb(),
                    r.capacity(), r.queryCache().withAdmission(admission))
                    : n);
        }
        return t.withNodesAndLinks(nodes, t.links());
    }

    static Figures run(Topology t, long seed, int seconds) {
        Simulation sim = new Simulation(t, seed, Fixtures.prices());
        double hits = 0;
        double db = 0;
        int samples = 0;
        for (int s = 0; s < seconds; s++) {
            sim.tick();
            if (s >= 300) { // after the first five minutes
                for (Node n : t.nodes()) {
                    if (n instanceof RedisNode) {
                        hits += sim.status(n.id()).cacheHitRatio() / 100; // percent in the status
                        samples++;
                    } else if (n instanceof PostgresNode) {
                        db += sim.status(n.id()).requestRate();
                    }
                }
            }
        }
        return new Figures(hits / samples, db / (seconds - 300));
    }

    @Test
    void theExperimentalPresetsCachesUseTheLearnedAdmissionModel() {
        Topology t = Fixtures.preset("experimental");
        Simulation sim = new Simulation(t, 1, Fixtures.prices());
        long modelled = t.nodes().stream().filter(n -> n instanceof RedisNode r && r.queryCache() != null
                && r.queryCache().admission() == QueryCache.Admission.LEARNED).count();
        assertEquals(4, modelled, "all four Redis caches");
        assertNotNull(sim.queryCache("redis-aws"));
        assertNull(Fixtures.simulation("development", 1).queryCache("sessions"), "Development keeps its fixed hit ratio");
    }

    @Test
    void learnedAdmissionRaisesTheHitRatioAndLowersTheDatabaseLoad() {
        Topology t = Fixtures.preset("experimental");
        Figures lru = run(withAdmission(t, QueryCache.Admission.LRU), 1, 1800);
        Figures learned = run(withAdmission(t, QueryCache.Admission.LEARNED), 1, 1800);
        assertTrue(learned.hitRatio() > lru.hitRatio() + 0.02, learned + " vs " + lru);
        assertTrue(learned.dbRequests() < 0.97 * lru.dbRequests(), learned + " vs " + lru);
        assertEquals(learned, run(withAdmission(t, QueryCache.Admission.LEARNED), 1, 1800), "deterministic for a seed");
    }

    @Test
    void aBadQueryCacheIsNamedByTheValidator() throws Exception {
        String json = new String(Fixtures.class.getResourceAsStream("/org/devopssim/assets/presets/experimental.json")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replaceFirst("\"zipfExponent\": 1.2", "\"zipfExponent\": 7");
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.devopssim.simulation.codec.TopologyFileException.class,
                () -> new org.devopssim.simulation.codec.TopologyCodec().read(
                        new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "x.json"));
        assertTrue(e.getMessage().contains("queryCache") && e.getMessage().contains("zipfExponent"), e.getMessage());
    }

    @Test
    void switchingTheFeatureOffMakesTheCachesPlainLru() {
        Topology t = Fixtures.preset("experimental");
        Simulation on = new Simulation(t, 2, Fixtures.prices());
        Simulation off = new Simulation(t, 2, Fixtures.prices());
        off.apply(new Action.SetFeature(Feature.ML_QUERY_CACHING.wireName(), false));
        assertTrue(Feature.ML_QUERY_CACHING.presentIn(t));
        for (int s = 0; s < 3600; s++) {
            on.tick();
            off.tick();
        }
        double learned = on.queryCache("redis-aws").overallHitRatio();
        double plain = off.queryCache("redis-aws").overallHitRatio();
        assertTrue(plain < learned - 0.02, "off " + plain + " vs on " + learned);
    }
}
