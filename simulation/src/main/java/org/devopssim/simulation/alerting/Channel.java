package org.devopssim.simulation.alerting;

import org.devopssim.simulation.model.MonitoringNode;

/** Where notifications go: the seed's monitoring table has one per mode. */
public enum Channel {
    /** Production: Prometheus + Grafana email notifications (kept in an outbox). */
    EMAIL,
    /** Development: console warnings only. */
    CONSOLE,
    /** Experimental: the AI anomaly feed. */
    AI_ANOMALY;

    /** The channel a monitoring node is configured for, or null for none. */
    static Channel of(MonitoringNode.AlertChannel channel) {
        return switch (channel) {
            case NONE -> null;
            case EMAIL -> EMAIL;
            case CONSOLE -> CONSOLE;
            case AI_ANOMALY -> AI_ANOMALY;
        };
    }
}
