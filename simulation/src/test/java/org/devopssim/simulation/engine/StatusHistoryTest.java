package org.devopssim.simulation.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.devopssim.simulation.Fixtures;
import org.devopssim.simulation.model.Topology;
import org.junit.jupiter.api.Test;

class StatusHistoryTest {

    private static int index(Topology t, String id) {
        for (int i = 0; i < t.nodes().size(); i++) {
            if (t.nodes().get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no " + id);
    }

    @Test
    void aSecondReadsBackAsTheSnapshotOfThatSecondShowedIt() {
        Simulation sim = Fixtures.simulation("production", 42);
        sim.advance(30);
        long recorded = sim.metrics().newestSecond();
        Snapshot now = sim.snapshot(Snapshot.RunState.PAUSED, Speed.REAL_TIME, List.of());
        StatusHistory.Moment m = sim.statusHistory().at(recorded);
        assertNotNull(m);
        for (int i = 0; i < now.nodes().size(); i++) {
            NodeStatus s = now.nodes().get(i);
            assertEquals(s.health(), m.health()[i], s.id());
            assertEquals(s.instancesBooting(), m.booting()[i], s.id());
            assertEquals(s.utilization(), m.utilization()[i], 1e-5, s.id());
        }
        double[] rates = now.linkRates();
        assertEquals(rates.length, m.linkRates().length);
        for (int l = 0; l < rates.length; l++) {
            assertEquals(rates[l], m.linkRates()[l], Math.abs(rates[l]) * 1e-6 + 1e-6);
        }
        assertNull(sim.statusHistory().at(recorded + 1), "nothing recorded beyond the newest second");
    }

    @Test
    void aNodeDownNowWasUpBeforeTheFault() {
        Simulation sim = Fixtures.simulation("production", 42);
        sim.advance(60);
        long before = sim.metrics().newestSecond();
        sim.apply(new Fault.RegionOutage("aws-us-east-1", 600));
        sim.advance(30);
        int api = index(sim.topology(), "api");
        assertEquals(Health.DOWN, sim.status("api").health(), "the fault takes api down");
        assertEquals(Health.DOWN, sim.statusHistory().at(sim.metrics().newestSecond()).health()[api]);
        assertEquals(Health.UP, sim.statusHistory().at(before).health()[api]);
    }

    @Test
    void beyondTheRecentSecondsAMinuteShowsItsWorstHealthAndMeanRates() {
        Simulation sim = Fixtures.simulation("production", 42);
        sim.advance(120 + 20);
        sim.apply(new Fault.RegionOutage("aws-us-east-1", 10));
        sim.advance(sim.metrics().retention().recentSeconds() + 200);
        int api = index(sim.topology(), "api");
        StatusHistory h = sim.statusHistory();
        // Second 125 of minute 2 was up, but the outage in that minute makes the minute's row down.
        StatusHistory.Moment early = h.at(125);
        assertNotNull(early);
        assertEquals(Health.DOWN, early.health()[api]);
        assertEquals(Health.UP, h.at(65).health()[api]);
        double[] minuteOne = h.at(60).linkRates();
        assertArrayEquals(minuteOne, h.at(119).linkRates(), "a minute's seconds share one row");
    }
}
