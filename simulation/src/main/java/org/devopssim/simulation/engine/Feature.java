package org.devopssim.simulation.engine;

import java.util.Arrays;
import org.devopssim.simulation.model.AppService;
import org.devopssim.simulation.model.Autoscaling;
import org.devopssim.simulation.model.Delivery;
import org.devopssim.simulation.model.MonitoringNode;
import org.devopssim.simulation.model.Node;
import org.devopssim.simulation.model.Topology;

/**
 * The experimental capabilities the seed marks "under testing, may be unstable". Each is on by
 * default where the topology has it and can be switched off (and on again) during a run with
 * {@link Action.SetFeature}, so a class can compare the system with and without it.
 */
public enum Feature {
    /** Template mining and anomaly detection on the log stream (ELK with AI log analysis). */
    AI_LOG_ANALYSIS("ai-log-analysis", "AI log analysis"),
    /** The anomaly detector's alerts on metrics (monitoring with AI anomaly detection). */
    AI_ANOMALY_ALERTS("ai-anomaly-alerts", "AI anomaly alerts on metrics"),
    /** The anomaly detector watching canaries and rolling them back (AI-triggered rollback). */
    AI_CANARY("ai-canary", "AI canary analysis and rollback"),
    /** Sizing services on the load forecast (off: predictive services follow utilisation). */
    PREDICTIVE_AUTOSCALING("predictive-autoscaling", "Predictive autoscaling");

    private final String wireName;
    private final String label;

    Feature(String wireName, String label) {
        this.wireName = wireName;
        this.label = label;
    }

    public String wireName() {
        return wireName;
    }

    public String label() {
        return label;
    }

    /** @throws IllegalArgumentException naming the accepted names */
    public static Feature of(String wireName) {
        return Arrays.stream(values()).filter(f -> f.wireName.equals(wireName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown feature '" + wireName + "'; expected one of "
                        + Arrays.stream(values()).map(Feature::wireName).toList()));
    }

    /** Whether a topology uses this capability (what the UI offers to switch off). */
    public boolean presentIn(Topology topology) {
        return switch (this) {
            case AI_LOG_ANALYSIS -> hasLogAnalysis(topology);
            case AI_ANOMALY_ALERTS -> topology.nodes().stream().anyMatch(n -> n instanceof MonitoringNode m
                    && m.alertChannel() == MonitoringNode.AlertChannel.AI_ANOMALY);
            case AI_CANARY -> topology.delivery() != null && topology.delivery().rollback() == Delivery.Rollback.AI_ON_ANOMALY;
            case PREDICTIVE_AUTOSCALING -> topology.nodes().stream().anyMatch(n -> n instanceof AppService a
                    && a.autoscaling() != null && a.autoscaling().policy() == Autoscaling.Policy.PREDICTIVE);
        };
    }

    /** An ELK stack whose alerts come from AI anomaly detection: the seed's "AI Log Analysis (ELK)". */
    static boolean hasLogAnalysis(Topology topology) {
        for (Node n : topology.nodes()) {
            if (n instanceof MonitoringNode m && m.tool() == MonitoringNode.Tool.ELK
                    && m.alertChannel() == MonitoringNode.AlertChannel.AI_ANOMALY) {
                return true;
            }
        }
        return false;
    }
}
