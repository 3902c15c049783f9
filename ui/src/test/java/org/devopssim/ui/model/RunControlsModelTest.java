package org.devopssim.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.devopssim.simulation.engine.Simulation;
import org.devopssim.simulation.engine.Snapshot;
import org.devopssim.simulation.engine.Speed;
import org.devopssim.simulation.model.Mode;
import org.devopssim.ui.Presets;
import org.devopssim.ui.session.SimulationControl;
import org.junit.jupiter.api.Test;

class RunControlsModelTest {

    /** Records the commands it is given. */
    static final class Recorder implements SimulationControl {
        final List<String> commands = new ArrayList<>();

        @Override public void play() { commands.add("play"); }
        @Override public void pause() { commands.add("pause"); }
        @Override public void step() { commands.add("step"); }
        @Override public void setSpeed(Speed speed) { commands.add("speed " + speed.label()); }
        @Override public void reset() { commands.add("reset"); }
        @Override public void load(Mode mode) { commands.add("load " + mode); }
    }

    private final Recorder control = new Recorder();
    private final RunControlsModel model = new RunControlsModel(control);
    private final Simulation sim = Presets.simulation(Mode.PRODUCTION);

    private Snapshot snapshot(Snapshot.RunState state, Speed speed) {
        return sim.snapshot(state, speed, List.of());
    }

    @Test
    void togglePlayAlternatesPlayAndPause() {
        model.apply(snapshot(Snapshot.RunState.PAUSED, Speed.REAL_TIME), List.of());
        model.togglePlay();
        assertTrue(model.isRunning());
        model.togglePlay();
        assertFalse(model.isRunning());
        assertEquals(List.of("play", "pause"), control.commands);
    }

    @Test
    void fasterAndSlowerWalkTheSpeedSteps() {
        model.apply(snapshot(Snapshot.RunState.PAUSED, Speed.REAL_TIME), List.of());
        model.faster();
        model.faster();
        model.faster();
        model.faster();
        model.faster(); // already max: no command
        assertEquals(Speed.MAX, model.getSpeed());
        model.slower();
        assertEquals(List.of("speed 10x", "speed 60x", "speed 600x", "speed max", "speed 600x"), control.commands);
    }

    @Test
    void aStaleSnapshotDoesNotUndoACommandUntilTheSimulationConfirmsIt() {
        Snapshot stale = snapshot(Snapshot.RunState.PAUSED, Speed.REAL_TIME);
        model.apply(stale, List.of());
        model.play();
        model.chooseSpeed(new Speed(60));
        model.apply(stale, List.of());
        assertTrue(model.isRunning());
        assertEquals(new Speed(60), model.getSpeed());
        model.apply(snapshot(Snapshot.RunState.RUNNING, new Speed(60)), List.of());
        // Confirmed; from now on the simulation's word counts again.
        model.apply(snapshot(Snapshot.RunState.PAUSED, Speed.REAL_TIME), List.of());
        assertFalse(model.isRunning());
        assertEquals(Speed.REAL_TIME, model.getSpeed());
    }

    @Test
    void switchingModeLoadsThePresetAndShowsItPaused() {
        model.apply(snapshot(Snapshot.RunState.RUNNING, Speed.REAL_TIME), List.of());
        model.switchMode(Mode.EXPERIMENTAL);
        assertEquals(Mode.EXPERIMENTAL, model.getMode());
        assertFalse(model.isRunning());
        model.switchMode(Mode.EXPERIMENTAL);
        assertEquals(List.of("load EXPERIMENTAL"), control.commands);
    }

    @Test
    void stepPausesARunningSimulationFirst() {
        model.apply(snapshot(Snapshot.RunState.RUNNING, Speed.REAL_TIME), List.of());
        model.step();
        assertEquals(List.of("pause", "step"), control.commands);
    }
}
