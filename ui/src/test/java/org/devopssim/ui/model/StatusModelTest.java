package org.devopssim.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.devopssim.simulation.events.Severity;
import org.devopssim.simulation.events.SimEvent;
import org.devopssim.simulation.model.Mode;
import org.devopssim.ui.Presets;
import org.junit.jupiter.api.Test;

class StatusModelTest {

    @Test
    void showsTheSimulatedCalendarTimeAndTheLatestEvent() {
        StatusModel model = new StatusModel();
        // The production preset starts on Monday 2026-03-02 at midnight UTC.
        model.apply(Presets.snapshotAfter(Mode.PRODUCTION, 3661),
                List.of(new SimEvent(3600, Severity.WARNING, "api", "scale-up", "api: 4 -> 5 instances")));
        assertEquals("Mon 2026-03-02 01:01:01 UTC", model.clockProperty().get());
        assertEquals("T+01:01:01", model.elapsedProperty().get());
        assertEquals("Running", model.stateProperty().get());
        assertEquals("Speed 1x", model.speedProperty().get());
        assertEquals("Production · 9 nodes", model.topologyProperty().get());
        assertEquals("T+01:00:00  api: 4 -> 5 instances", model.lastEventProperty().get());
        assertEquals(Severity.WARNING, model.lastEventSeverityProperty().get());

        model.apply(Presets.snapshotAfter(Mode.PRODUCTION, 3662), List.of());
        assertEquals("T+01:00:00  api: 4 -> 5 instances", model.lastEventProperty().get(), "kept until a newer one");
    }
}
