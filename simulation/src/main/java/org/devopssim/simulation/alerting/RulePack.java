package org.devopssim.simulation.alerting;

import java.util.List;
import java.util.Objects;
import org.devopssim.simulation.model.Mode;

/**
 * The alerting set-up of a mode: threshold rules, SLOs with their burn-rate alerts, the anomaly
 * policy, and where notifications go when the topology names no channel itself.
 *
 * @param emailTo         recipient of email notifications
 * @param defaultChannels channels used when no monitoring node of the topology names one
 * @param anomaly         what an anomaly detector watches, null for nothing
 */
public record RulePack(Mode mode, String emailTo, List<Channel> defaultChannels, List<AlertRule> rules,
                       List<ServiceLevelObjective> slos, List<BurnRateAlert> burnRateAlerts, AnomalyPolicy anomaly) {

    public RulePack {
        Objects.requireNonNull(mode, "mode");
        defaultChannels = List.copyOf(defaultChannels);
        rules = List.copyOf(rules);
        slos = List.copyOf(slos);
        burnRateAlerts = List.copyOf(burnRateAlerts);
    }

    /** A pack with nothing in it, for exercises that add their own rules. */
    public static RulePack empty(Mode mode) {
        return new RulePack(mode, null, List.of(), List.of(), List.of(), List.of(), null);
    }
}
