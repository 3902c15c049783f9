package org.devopssim.ui.session;

import org.devopssim.simulation.model.Mode;
import org.devopssim.simulation.model.Topology;

/** Reads the bundled preset topology of a mode. Called off the FX thread: it may do I/O. */
@FunctionalInterface
public interface PresetLoader {
    Topology load(Mode mode);
}
