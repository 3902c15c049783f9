package org.devopssim.simulation.alerting;

import org.devopssim.simulation.events.Severity;

/**
 * What one alert source saw this second for one alert: whether its condition holds and the value.
 * The lifecycle turns a stream of these into pending, firing and resolved alerts.
 */
record Observation(String name, String nodeId, Severity severity, String source, boolean holds, double value,
                   long forSeconds, String summary) {

    String key() {
        return name + "@" + nodeId;
    }
}
