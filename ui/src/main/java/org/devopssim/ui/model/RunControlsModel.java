package org.devopssim.ui.model;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.devopssim.simulation.engine.Snapshot;
import org.devopssim.simulation.engine.Speed;
import org.devopssim.simulation.events.SimEvent;
import org.devopssim.simulation.model.Mode;
import org.devopssim.ui.session.SimulationControl;

/**
 * Run state, speed and mode as the toolbar shows them, plus the commands that change them.
 * A command shows its effect at once (the simulation confirms a frame or two later); until the
 * snapshots agree, they do not overwrite the user's choice, so controls never flicker back.
 */
public final class RunControlsModel {

    private final SimulationControl control;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyObjectWrapper<Speed> speed = new ReadOnlyObjectWrapper<>(this, "speed", Speed.REAL_TIME);
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(this, "mode");
    private Boolean pendingRunning;
    private Speed pendingSpeed;
    private Mode pendingMode;
    private Consumer<Runnable> replacementGuard = Runnable::run;

    public RunControlsModel(SimulationControl control) {
        this.control = control;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public boolean isRunning() {
        return running.get();
    }

    public ReadOnlyObjectProperty<Speed> speedProperty() {
        return speed.getReadOnlyProperty();
    }

    public Speed getSpeed() {
        return speed.get();
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    public Mode getMode() {
        return mode.get();
    }

    public void togglePlay() {
        if (running.get()) {
            pause();
        } else {
            play();
        }
    }

    public void play() {
        pendingRunning = true;
        running.set(true);
        control.play();
    }

    public void pause() {
        pendingRunning = false;
        running.set(false);
        control.pause();
    }

    /** One simulated second; only meaningful while paused, so it pauses first. */
    public void step() {
        if (running.get()) {
            pause();
        }
        control.step();
    }

    public void chooseSpeed(Speed newSpeed) {
        if (newSpeed == null || newSpeed.equals(speed.get())) {
            return;
        }
        pendingSpeed = newSpeed;
        speed.set(newSpeed);
        control.setSpeed(newSpeed);
    }

    public void faster() {
        chooseSpeed(speed.get().faster());
    }

    public void slower() {
        chooseSpeed(speed.get().slower());
    }

    public void reset() {
        control.reset();
    }

    /**
     * Who may hold back a preset switch, which replaces the topology: it runs the switch once
     * unsaved changes are saved or given up, or never (the user cancelled).
     */
    public void setReplacementGuard(Consumer<Runnable> guard) {
        this.replacementGuard = java.util.Objects.requireNonNull(guard);
    }

    public void switchMode(Mode newMode) {
        if (newMode == null || newMode == mode.get()) {
            return;
        }
        replacementGuard.accept(() -> load(newMode));
    }

    private void load(Mode newMode) {
        pendingMode = newMode;
        mode.set(newMode);
        // A new preset starts paused.
        pendingRunning = false;
        running.set(false);
        control.load(newMode);
    }

    /**
     * Takes the simulation's word for state, speed and mode, except where a command is pending.
     *
     * @param fresh events since the previous call; a refused command ends its pending state
     */
    public void apply(Snapshot snapshot, List<SimEvent> fresh) {
        boolean snapshotRunning = snapshot.state() == Snapshot.RunState.RUNNING;
        if (pendingRunning != null && pendingRunning == snapshotRunning) {
            pendingRunning = null;
        }
        if (pendingRunning == null) {
            running.set(snapshotRunning);
        }
        if (pendingSpeed != null && pendingSpeed.equals(snapshot.speed())) {
            pendingSpeed = null;
        }
        if (pendingSpeed == null) {
            speed.set(snapshot.speed());
        }
        Mode snapshotMode = snapshot.topology().mode();
        if (pendingMode != null && (pendingMode == snapshotMode || refused(fresh))) {
            pendingMode = null;
        }
        if (pendingMode == null) {
            mode.set(snapshotMode);
        }
    }

    /** The runner reports a command that threw (e.g. a preset that failed to load) as this event. */
    private static boolean refused(List<SimEvent> events) {
        for (SimEvent e : events) {
            if ("action-refused".equals(e.kind())) {
                return true;
            }
        }
        return false;
    }
}
