package org.devopssim.simulation.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.devopssim.simulation.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PresetRunTest {

    @ParameterizedTest
    @ValueSource(strings = {"production", "development", "experimental"})
    void eachPresetRunsAnHourWithSaneFigures(String preset) {
        Simulation sim = Fixtures.simulation(preset, 42);
        sim.advance(3600);
        SystemStatus s = sim.system();
        System.out.printf("%s: %s%n", preset, s);
        assertEquals(3600, sim.second());
        assertTrue(s.offeredRps() > 0, "traffic flows");
        assertTrue(s.errorRate() >= 0 && s.errorRate() < 1, "calm hour has few errors: " + s.errorRate());
        assertTrue(s.latencyP95Ms() > 0 && s.latencyP95Ms() < 1000, "p95 latency plausible: " + s.latencyP95Ms());
        assertTrue(s.availability() > 99, "availability " + s.availability());
        for (NodeStatus n : sim.statuses()) {
            assertTrue(n.queue() >= 0, "no negative queue at " + n.id());
            assertTrue(n.cpu() >= 0 && n.cpu() <= 100, "cpu in range at " + n.id());
            System.out.printf("  %-18s %-8s inst=%d rps=%8.1f err=%.2f%% p95=%6.1fms e2e95=%6.1fms cpu=%5.1f lag=%.2f%n",
                    n.id(), n.health(), n.instancesReady(), n.requestRate(), n.errorRate(), n.latencyP95Ms(),
                    n.endToEndP95Ms(), n.cpu(), n.replicationLagSeconds());
        }
    }
}
