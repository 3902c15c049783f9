package org.devopssim.ui.session;

import java.util.Objects;
import java.util.function.Supplier;
import org.devopssim.simulation.alerting.AlertView;
import org.devopssim.simulation.engine.Simulation;

/**
 * A fresh run as the window needs it: the simulation and the newest view of its alerting.
 *
 * @param alerts the run's newest {@link AlertView}, readable from any thread
 */
public record LiveRun(Simulation simulation, Supplier<AlertView> alerts) {

    public LiveRun {
        Objects.requireNonNull(simulation);
        Objects.requireNonNull(alerts);
    }
}
