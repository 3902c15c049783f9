package org.devopssim.ui.session;

import org.devopssim.simulation.engine.Simulation;
import org.devopssim.simulation.model.Topology;

/** Makes a fresh simulation of a topology; the app decides the seed and the price table. */
@FunctionalInterface
public interface SimulationFactory {
    Simulation create(Topology topology);
}
