package org.devopssim.ui.model;

import org.devopssim.simulation.alerting.Alert;
import org.devopssim.ui.format.Figures;

/** One line of the alerts list; {@code since} is when it started firing (or pending, or resolved). */
public record AlertRow(String state, String severity, String name, String node, String since, String summary,
                       Alert alert) {

    static AlertRow of(Alert a) {
        long when = switch (a.state()) {
            case PENDING -> a.since();
            case FIRING -> a.firingSince() == null ? a.since() : a.firingSince();
            case RESOLVED -> a.resolvedAt() == null ? a.since() : a.resolvedAt();
        };
        return new AlertRow(a.state().name().toLowerCase(), a.severity().name().toLowerCase(), a.name(), a.nodeId(),
                Figures.elapsed(when), a.summary() + (a.silenced() ? " (silenced)" : ""), a);
    }
}
