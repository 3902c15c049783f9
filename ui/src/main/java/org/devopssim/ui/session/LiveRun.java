package org.devopssim.ui.session;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.devopssim.simulation.alerting.AlertView;
import org.devopssim.simulation.engine.Action;
import org.devopssim.simulation.engine.Simulation;

/**
 * A fresh run as the window needs it: the simulation and the newest view of its alerting.
 *
 * @param alerts   the run's newest {@link AlertView}, readable from any thread
 * @param operator takes the user's actions on the simulation thread: the simulation itself, or an
 *                 exercise that decides which actions it allows
 */
public record LiveRun(Simulation simulation, Supplier<AlertView> alerts, Consumer<Action> operator) {

    public LiveRun {
        Objects.requireNonNull(simulation);
        Objects.requireNonNull(alerts);
        Objects.requireNonNull(operator);
    }

    /** A run whose user actions go straight to the simulation. */
    public LiveRun(Simulation simulation, Supplier<AlertView> alerts) {
        this(simulation, alerts, simulation::apply);
    }
}
