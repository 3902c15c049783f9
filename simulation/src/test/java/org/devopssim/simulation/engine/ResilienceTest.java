package org.devopssim.simulation.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.devopssim.simulation.Fixtures;
import org.devopssim.simulation.model.PriceTable;
import org.devopssim.simulation.model.Resilience;
import org.junit.jupiter.api.Test;

/** Each resilience pattern visibly changes the figures against the same overloaded database. */
class ResilienceTest {

    /** 300 req/s into the api; the database takes 200 queries/s, so it is overloaded. */
    private static Simulation overloaded(Resilience r) {
        Simulation sim = new Simulation(Fixtures.chain(300, 6, r, 200), 3, PriceTable.free());
        sim.advance(300);
        return sim;
    }

    private static Resilience retries(int n, boolean jitter) {
        return new Resilience(null, n, 100.0, jitter, null, null, null, null);
    }

    @Test
    void retriesWithoutJitterMakeARetryStorm() {
        double plain = overloaded(null).status("db").requestRate();
        double jittered = overloaded(retries(3, true)).status("db").requestRate();
        double lockstep = overloaded(retries(3, false)).status("db").requestRate();
        assertTrue(jittered > plain * 1.2, "retries add load on a failing target: " + plain + " -> " + jittered);
        assertTrue(lockstep > jittered, "lockstep retries are worse: " + jittered + " -> " + lockstep);
    }

    @Test
    void circuitBreakerFailsFastAndSparesTheDatabase() {
        Resilience breaker = new Resilience(null, null, null, null, 0.5, 30, null, null);
        Simulation sim = new Simulation(Fixtures.chain(300, 6, breaker, 10_000), 3, PriceTable.free());
        sim.advance(60);
        sim.apply(new Fault.DbPrimaryCrash("db", 120));
        sim.advance(5);
        assertTrue(sim.eventLog().all().stream().anyMatch(e -> e.kind().equals("circuit-open")));
        assertEquals(0, sim.status("db").requestRate(), 1e-9, "no calls reach the database while open");
        sim.advance(200);
        assertTrue(sim.status("db").requestRate() > 100, "closed again once the database is back");
        assertTrue(sim.system().errorRate() < 1);
    }

    @Test
    void rateLimitCapsTheLoadAndRejectsTheRest() {
        Resilience limit = new Resilience(null, null, null, null, null, null, 150.0, null);
        Simulation sim = overloaded(limit);
        assertTrue(sim.status("db").requestRate() <= 150 + 1e-6, "at most the limit: " + sim.status("db").requestRate());
        assertTrue(sim.status("db").queue() < overloaded(null).status("db").queue(), "the database's queue stays short");
        assertTrue(sim.system().errorRate() > 20, "what is over the limit fails: " + sim.system().errorRate());
    }

    @Test
    void timeoutCapsTheWaitAndTurnsSlowCallsIntoErrors() {
        Resilience timeout = new Resilience(100.0, null, null, null, null, null, null, null);
        Simulation guarded = new Simulation(Fixtures.chain(100, 6, timeout, 10_000), 3, PriceTable.free());
        Simulation bare = new Simulation(Fixtures.chain(100, 6, null, 10_000), 3, PriceTable.free());
        for (Simulation sim : new Simulation[]{guarded, bare}) {
            sim.apply(new Fault.SlowDependency("db", 100, null));
            sim.advance(60);
        }
        assertTrue(guarded.system().latencyP99Ms() < bare.system().latencyP99Ms(), "the wait is capped");
        assertTrue(guarded.system().errorRate() > bare.system().errorRate() + 5, "slow calls fail instead");
    }

    @Test
    void bulkheadBoundsCallsInFlight() {
        Resilience bulkhead = new Resilience(null, null, null, null, null, null, null, 2);
        double guarded = overloaded(bulkhead).status("db").requestRate();
        double bare = overloaded(null).status("db").requestRate();
        assertTrue(guarded < bare, "fewer calls let through: " + guarded + " vs " + bare);
    }
}
