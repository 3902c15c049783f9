package org.devopssim.ui.session;

import org.devopssim.simulation.engine.Speed;
import org.devopssim.simulation.model.Mode;

/** The commands a user gives the running simulation; each returns at once. */
public interface SimulationControl {
    void play();

    void pause();

    void step();

    void setSpeed(Speed speed);

    void reset();

    void load(Mode mode);
}
