package org.devopssim.simulation.logs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.devopssim.simulation.Fixtures;
import org.devopssim.simulation.engine.Fault;
import org.devopssim.simulation.engine.Simulation;
import org.devopssim.simulation.model.MonitoringNode;
import org.devopssim.simulation.model.Node;
import org.devopssim.simulation.model.Topology;
import org.devopssim.simulation.scenario.SyntheticTopology;
import org.junit.jupiter.api.Test;

class LogStreamTest {

    private static Simulation faulty(long seed) {
        Simulation sim = LogAnalysisTest.experimental(seed);
        sim.advance(900);
        sim.apply(new Fault.RedisDown("redis-azure", 300));
        sim.advance(600);
        return sim;
    }

    @Test
    void theSameSeedGivesTheSameLogs() {
        Simulation a = faulty(11);
        Simulation b = faulty(11);
        assertArrayEquals(a.logs().totals(), b.logs().totals());
        assertEquals(a.logs().since(0), b.logs().since(0));
        assertEquals(a.logs().templates(), b.logs().templates());
        assertEquals(LogAnalysisTest.logAlertsFired(a), LogAnalysisTest.logAlertsFired(b));
        Simulation c = faulty(12);
        assertTrue(!Arrays.equals(a.logs().totals(), c.logs().totals()), "another seed, other counts");
    }

    @Test
    void logsDoNotChangeTheSimulationsFigures() {
        Simulation withAnalysis = Fixtures.simulation("experimental", 5);
        Simulation without = Fixtures.simulation("experimental", 5);
        without.apply(new org.devopssim.simulation.engine.Action.SetFeature("ai-log-analysis", false));
        withAnalysis.advance(600);
        without.advance(600);
        assertEquals(withAnalysis.system(), without.system());
        assertArrayEquals(withAnalysis.logs().totals(), without.logs().totals());
    }

    @Test
    void aLargeFleetStaysWithinTheBudgetAndItsCountsStillAddUp() {
        Topology fleet = SyntheticTopology.generate(2_000, 5);
        List<Node> nodes = new ArrayList<>(fleet.nodes());
        nodes.add(new MonitoringNode("elk", "ELK", null, null, MonitoringNode.Tool.ELK, List.of("Logs"),
                MonitoringNode.AlertChannel.AI_ANOMALY, false, null));
        Simulation sim = new Simulation(fleet.withNodesAndLinks(nodes, fleet.links()), 3, Fixtures.prices());
        sim.advance(300);
        sim.apply(new Fault.DbPrimaryCrash(null, 600));
        long before = sim.logs().appendedCount();
        sim.advance(100);
        LogStream logs = sim.logs();
        assertTrue(logs.analysing());
        long rendered = logs.appendedCount() - before;
        assertTrue(rendered <= 100L * 120, "at most the budget per second: " + rendered);
        assertTrue(logs.since(0).size() <= LogStream.RING_CAPACITY);
        assertTrue(logs.sampledAway() > 0, "a fleet this size logs more than is rendered");
        long occurrences = Arrays.stream(logs.totals()).sum();
        long represented = 0;
        sim.advance(1);
        for (LogLine line : logs.since(logs.appendedCount() - 120)) {
            if (line.second() == sim.second() - 1) {
                represented += line.count();
            }
        }
        long second = sim.second() - 1;
        long thatSecond = 0;
        for (LogLevel level : LogLevel.values()) {
            thatSecond += logs.count(second, level);
        }
        assertTrue(occurrences > 0 && thatSecond > 0);
        // Rendered lines plus what was sampled away stand for every occurrence (rounding aside).
        assertTrue(represented <= thatSecond * 1.02 + 120, represented + " vs " + thatSecond);
        assertEquals(logs.count(second, LogLevel.ERROR) > 0, logs.since(logs.appendedCount() - 120).stream()
                .anyMatch(l -> l.second() == second && l.level() == LogLevel.ERROR), "errors are rendered first");
    }

    @Test
    void perSecondCountsAreKeptForAnHourOnly() {
        Simulation sim = Fixtures.simulation("production", 1);
        sim.advance(LogStream.SECONDS_KEPT + 100);
        assertEquals(0, sim.logs().count(50, LogLevel.INFO), "older than the hour kept");
        long lastTen = 0;
        for (long t = sim.second() - 10; t < sim.second(); t++) {
            lastTen += sim.logs().count(t, LogLevel.INFO);
        }
        assertTrue(lastTen > 0, "every node writes its informational lines once in ten seconds");
        assertTrue(sim.logs().since(0).size() <= LogStream.RING_CAPACITY);
    }
}
