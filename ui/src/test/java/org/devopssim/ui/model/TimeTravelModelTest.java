package org.devopssim.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.devopssim.simulation.engine.Action;
import org.devopssim.simulation.engine.Fault;
import org.devopssim.simulation.engine.Simulation;
import org.devopssim.simulation.engine.SystemStatus;
import org.devopssim.simulation.model.Mode;
import org.devopssim.ui.Presets;
import org.junit.jupiter.api.Test;

class TimeTravelModelTest {

    private final RunControlsModelTest.Recorder control = new RunControlsModelTest.Recorder();
    private final RunControlsModel run = new RunControlsModel(control);
    private final Simulation sim = Presets.simulation(Mode.PRODUCTION);
    private final TimeTravelModel model = new TimeTravelModel(sim::metrics, run);

    @Test
    void travellingPausesAndBackToLiveResumes() {
        sim.advance(600);
        run.play();
        model.refresh();
        assertEquals(599, model.newestProperty().get());
        assertEquals(0, model.oldestProperty().get());
        model.travelTo(100);
        assertTrue(model.isTravelling());
        assertFalse(run.isRunning());
        assertEquals(100, model.cursorProperty().get());
        model.travelTo(-50);
        assertEquals(0, model.cursorProperty().get(), "clamped to the recorded range");
        model.backToLive();
        assertFalse(model.isTravelling());
        assertEquals(599, model.cursorProperty().get(), "the slider returns to now");
        assertEquals(List.of("play", "pause", "play"), control.commands);
    }

    @Test
    void aRecordedMomentShowsWhatTheSystemShowedThen() {
        sim.advance(300);
        SystemStatus then = sim.system();
        sim.apply(new Fault.DbPrimaryCrash(null, null));
        sim.apply(new Action.Scale("api", 8));
        sim.advance(300);
        SystemStatus recorded = RecordedMoment.at(sim.metrics(), 299);
        assertEquals(then.offeredRps(), recorded.offeredRps(), 1e-3 * then.offeredRps());
        assertEquals(then.latencyP95Ms(), recorded.latencyP95Ms(), 1e-3 * then.latencyP95Ms());
        assertEquals(then.instances(), recorded.instances());
        assertEquals(then.cost(), recorded.cost(), 0.02 * then.cost() + 1e-6);
    }
}
