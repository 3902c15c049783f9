package org.devopssim.simulation.alerting;

import java.util.List;

/**
 * Everything alerting shows at one simulated second, immutable: the UI reads it from its own
 * thread while the simulation thread publishes the next one.
 *
 * @param anomalyWatch  whether an anomaly detector watches this run's metrics now (the topology's
 *                      monitoring feeds AI anomaly alerts, the run has a detector, the feature is on)
 * @param alerts        pending and firing alerts, oldest first
 * @param resolved      the most recently resolved alerts, oldest first
 * @param notifications the messages sent on the run's channels, oldest first
 * @param firedTotal    alerts that started firing since the start of the run
 * @param resolvedTotal alerts that resolved since the start of the run
 */
public record AlertView(long second, boolean anomalyWatch, List<Alert> alerts, List<Alert> resolved,
                        List<Notification> notifications, List<SloStatus> slos, int firedTotal,
                        int resolvedTotal) {

    public AlertView {
        alerts = List.copyOf(alerts);
        resolved = List.copyOf(resolved);
        notifications = List.copyOf(notifications);
        slos = List.copyOf(slos);
    }

    public List<Alert> firing() {
        return alerts.stream().filter(a -> a.state() == AlertState.FIRING).toList();
    }

    public List<Alert> pending() {
        return alerts.stream().filter(a -> a.state() == AlertState.PENDING).toList();
    }

    /** The email outbox. */
    public List<Notification.Email> outbox() {
        return notifications.stream().filter(Notification.Email.class::isInstance)
                .map(Notification.Email.class::cast).toList();
    }

    public List<Notification.ConsoleWarning> consoleWarnings() {
        return notifications.stream().filter(Notification.ConsoleWarning.class::isInstance)
                .map(Notification.ConsoleWarning.class::cast).toList();
    }

    public List<Notification.AnomalyNotice> anomalyFeed() {
        return notifications.stream().filter(Notification.AnomalyNotice.class::isInstance)
                .map(Notification.AnomalyNotice.class::cast).toList();
    }
}
