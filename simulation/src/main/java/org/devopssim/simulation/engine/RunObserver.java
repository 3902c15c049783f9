package org.devopssim.simulation.engine;

/**
 * Watches a run once per simulated second, after the second's figures are recorded: alert
 * rules, SLO accounting. Runs on the simulation thread and must be deterministic, like the engine.
 */
@FunctionalInterface
public interface RunObserver {
    void afterSecond(Simulation sim);
}
