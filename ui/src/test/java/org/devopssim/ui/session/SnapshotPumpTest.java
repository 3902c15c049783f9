package org.devopssim.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.devopssim.simulation.engine.Simulation;
import org.devopssim.simulation.engine.Snapshot;
import org.devopssim.simulation.engine.Speed;
import org.devopssim.simulation.model.Mode;
import org.devopssim.ui.Presets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** Needs the toolkit only because an AnimationTimer is made on it; the pulses are driven by hand. */
@ExtendWith(ApplicationExtension.class)
class SnapshotPumpTest {

    private static final long MS = 1_000_000L;

    @Test
    void aBatchsFollowUpRunsOnTheNextFrameOnce() {
        Simulation sim = Presets.simulation(Mode.PRODUCTION);
        sim.advance(1);
        Snapshot first = sim.snapshot(Snapshot.RunState.RUNNING, Speed.REAL_TIME, List.of());
        sim.advance(1);
        Snapshot second = sim.snapshot(Snapshot.RunState.RUNNING, Speed.REAL_TIME, List.of());
        AtomicReference<Snapshot> latest = new AtomicReference<>(first);
        SnapshotPump pump = new SnapshotPump(latest::get, 250 * MS);
        List<String> calls = new ArrayList<>();
        pump.onFrame(s -> calls.add("frame " + s.second()));
        pump.onBatch(s -> calls.add("batch " + s.second()));
        pump.onAfterBatch(s -> calls.add("after " + s.second()));

        pump.handle(1000 * MS);
        assertEquals(List.of("frame 1", "batch 1"), calls, "the follow-up waits for the next frame");
        calls.clear();
        pump.handle(1016 * MS);
        assertEquals(List.of("after 1"), calls);
        calls.clear();
        latest.set(second);
        pump.handle(1032 * MS);
        pump.handle(1048 * MS);
        assertEquals(List.of("frame 2"), calls, "no batch within its interval, so no follow-up either");
        calls.clear();
        pump.handle(1300 * MS);
        pump.handle(1316 * MS);
        assertEquals(List.of("batch 2", "after 2"), calls);
    }
}
