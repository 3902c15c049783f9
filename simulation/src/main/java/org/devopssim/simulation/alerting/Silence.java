package org.devopssim.simulation.alerting;

/**
 * Mutes notifications of matching alerts until a simulated second, like an Alertmanager silence.
 * Silenced alerts still go pending, fire, resolve and appear in the log; only delivery waits.
 *
 * @param alertName the alert's name, or null for any
 * @param nodeId    the node, or null for any (alerts on the whole system have node "system")
 * @param until     first simulated second at which the silence no longer applies
 */
public record Silence(String alertName, String nodeId, long until, String comment) {

    public boolean mutes(String alert, String node, long second) {
        return second < until && (alertName == null || alertName.equals(alert))
                && (nodeId == null || nodeId.equals(node));
    }
}
