package org.devopssim.ui.edit;

import org.devopssim.simulation.engine.Speed;
import org.devopssim.simulation.model.Mode;
import org.devopssim.ui.session.SimulationControl;
import org.devopssim.ui.session.SimulationSession;

/** The run controls on a session whose Reset runs the edited topology when it was edited. */
public final class EditedRunControl implements SimulationControl {

    private final SimulationSession session;
    private final LiveEdits edits;

    public EditedRunControl(SimulationSession session, LiveEdits edits) {
        this.session = session;
        this.edits = edits;
    }

    @Override
    public void play() {
        session.play();
    }

    @Override
    public void pause() {
        session.pause();
    }

    @Override
    public void step() {
        session.step();
    }

    @Override
    public void setSpeed(Speed speed) {
        session.setSpeed(speed);
    }

    @Override
    public void reset() {
        if (!edits.resetRunsDocument()) {
            session.reset();
        }
    }

    @Override
    public void load(Mode mode) {
        session.load(mode);
    }
}
