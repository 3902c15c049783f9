package org.devopssim.simulation.alerting;

/** Where an alert is in its life, as in Prometheus: pending, then firing, then resolved. */
public enum AlertState {
    /** The condition holds but not yet for the rule's for-duration. */
    PENDING,
    FIRING,
    /** Was firing; the condition no longer holds. */
    RESOLVED
}
