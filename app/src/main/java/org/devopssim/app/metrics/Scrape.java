package org.devopssim.app.metrics;

import org.devopssim.simulation.alerting.AlertView;
import org.devopssim.simulation.engine.Snapshot;

/**
 * What one scrape exposes: the newest published snapshot and alert view, both immutable.
 *
 * @param alerts null when the run has no alerting
 */
public record Scrape(Snapshot snapshot, AlertView alerts) {
}
