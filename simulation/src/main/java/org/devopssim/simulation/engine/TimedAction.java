package org.devopssim.simulation.engine;

/** An action and the simulated second it took effect at: one line of a run's command log. */
public record TimedAction(long second, Action action) {
}
