package org.devopssim.ui.session;

import org.devopssim.simulation.model.Topology;

/**
 * Makes a fresh run of a topology with its alerting; the app decides the seed, the price table
 * and the alert rules.
 */
@FunctionalInterface
public interface SimulationFactory {
    LiveRun create(Topology topology);
}
