package org.devopssim.ui.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.devopssim.simulation.engine.Fault;
import org.devopssim.simulation.engine.Health;
import org.devopssim.simulation.engine.NodeStatus;
import org.devopssim.simulation.engine.Simulation;
import org.devopssim.simulation.engine.Snapshot;
import org.devopssim.simulation.engine.Speed;
import org.devopssim.simulation.model.Mode;
import org.devopssim.ui.Presets;
import org.junit.jupiter.api.Test;

/** The topology at a past second, as {@link RecordedMoment#snapshotAt} rebuilds it for the canvas. */
class RecordedTopologyTest {

    @Test
    void aPastSecondShowsTheNodesAsTheyWereThen() {
        Simulation sim = Presets.simulation(Mode.PRODUCTION);
        sim.advance(60);
        long before = sim.metrics().newestSecond();
        Snapshot then = sim.snapshot(Snapshot.RunState.RUNNING, Speed.REAL_TIME, List.of());
        sim.apply(new Fault.RegionOutage("aws-us-east-1", 600));
        sim.advance(30);
        Snapshot live = sim.snapshot(Snapshot.RunState.RUNNING, Speed.REAL_TIME, List.of());
        assertEquals(Health.DOWN, live.node("api").health());

        Snapshot past = RecordedMoment.snapshotAt(sim.metrics(), sim.statusHistory(), live, before).orElseThrow();
        assertEquals(before, past.second());
        assertEquals(Snapshot.RunState.PAUSED, past.state(), "a recorded moment does not move");
        for (NodeStatus was : then.nodes()) {
            NodeStatus shown = past.node(was.id());
            assertEquals(was.health(), shown.health(), was.id());
            assertEquals(was.instancesReady(), shown.instancesReady(), was.id());
            assertEquals(was.requestRate(), shown.requestRate(), Math.abs(was.requestRate()) * 1e-6 + 1e-6, was.id());
            assertEquals(was.latencyP95Ms(), shown.latencyP95Ms(), Math.abs(was.latencyP95Ms()) * 1e-6 + 1e-6, was.id());
        }
        assertArrayEquals(then.linkRates(), past.linkRates(), 1e-3);
        assertEquals(live.epochSecond() - live.second() + before, past.epochSecond());
    }

    @Test
    void aSecondNotRecordedGivesNothing() {
        Simulation sim = Presets.simulation(Mode.PRODUCTION);
        sim.advance(10);
        Snapshot live = sim.snapshot(Snapshot.RunState.RUNNING, Speed.REAL_TIME, List.of());
        assertTrue(RecordedMoment.snapshotAt(sim.metrics(), sim.statusHistory(), live, 50).isEmpty());
        assertTrue(RecordedMoment.snapshotAt(sim.metrics(), null, live, 5).isEmpty());
    }
}
