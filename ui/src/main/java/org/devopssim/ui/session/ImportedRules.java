package org.devopssim.ui.session;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.devopssim.simulation.alerting.AlertRule;

/**
 * Alert rules the user imported from Prometheus rule files, added to every run the session starts
 * from then on (the app's run factory reads them). Set on the FX thread, read on the simulation thread.
 */
public final class ImportedRules {

    private final AtomicReference<List<AlertRule>> rules = new AtomicReference<>(List.of());

    public List<AlertRule> rules() {
        return rules.get();
    }

    /** Replaces the imported rules: a newer rule file takes the place of the one before. */
    public void set(List<AlertRule> imported) {
        rules.set(List.copyOf(imported));
    }
}
