package org.devopssim.simulation.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.List;
import org.devopssim.simulation.Fixtures;
import org.devopssim.simulation.metrics.Metric;
import org.devopssim.simulation.metrics.MetricsStore;
import org.junit.jupiter.api.Test;

class DeterminismTest {

    private static double[] history(Simulation sim, String owner, Metric metric) {
        return sim.metrics().range(owner, metric, 0, sim.second()).values();
    }

    private static Simulation run(String preset, long seed, List<TimedAction> actions) {
        Simulation sim = Fixtures.simulation(preset, seed);
        for (long s = 0; s < 1800; s++) {
            for (TimedAction a : actions) {
                if (a.second() == s) {
                    sim.apply(a.action());
                }
            }
            sim.tick();
        }
        return sim;
    }

    @Test
    void sameSeedAndActionsGiveIdenticalMetrics() {
        List<TimedAction> actions = List.of(new TimedAction(600, new Action.Scale("api", 9)));
        Simulation a = run("production", 7, actions);
        Simulation b = run("production", 7, actions);
        for (Metric m : List.of(Metric.REQUEST_RATE, Metric.LATENCY_P95, Metric.ERROR_RATE, Metric.COST_PER_HOUR)) {
            assertArrayEquals(history(a, MetricsStore.SYSTEM, m), history(b, MetricsStore.SYSTEM, m), m.label());
            assertArrayEquals(history(a, "api", m), history(b, "api", m), "api " + m.label());
        }
        assertEquals(a.statuses(), b.statuses());
        assertEquals(a.eventLog().all(), b.eventLog().all());
    }

    @Test
    void differentSeedsGiveDifferentTraffic() {
        Simulation a = run("production", 1, List.of());
        Simulation b = run("production", 2, List.of());
        assertFalse(Arrays.equals(history(a, MetricsStore.SYSTEM, Metric.REQUEST_RATE),
                history(b, MetricsStore.SYSTEM, Metric.REQUEST_RATE)));
    }

    @Test
    void replayingTheActionLogReproducesTheRun() {
        Simulation live = run("experimental", 3, List.of(new TimedAction(300, new Action.Scale("api-gcp", 6))));
        Simulation replay = run("experimental", 3, live.actionLog());
        assertArrayEquals(history(live, MetricsStore.SYSTEM, Metric.LATENCY_P99),
                history(replay, MetricsStore.SYSTEM, Metric.LATENCY_P99));
    }
}
