package org.devopssim.simulation.alerting;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import org.devopssim.simulation.model.Topology;

/**
 * Turns firing and resolved alerts into messages on the run's channels, keeping the newest
 * {@link #CAPACITY} messages. Owned by the simulation thread; readers get {@link #messages()} copies.
 */
final class Notifier {

    static final int CAPACITY = 1000;
    /** Recipient when the topology wants email but the pack names nobody: the outbox still reads well. */
    static final String FALLBACK_RECIPIENT = "oncall@localhost";

    private final List<Channel> channels;
    private final String emailTo;
    private final String system;
    private final ArrayDeque<Notification> messages = new ArrayDeque<>();
    private List<Notification> published = List.of();
    private boolean changed;

    Notifier(List<Channel> channels, String emailTo, Topology topology) {
        this.channels = List.copyOf(channels);
        this.emailTo = emailTo == null || emailTo.isBlank() ? FALLBACK_RECIPIENT : emailTo;
        this.system = topology.name() + " (" + (topology.mode() == null ? "no mode" : topology.mode().label()) + ")";
    }

    void firing(AlertLifecycle.Live a, long now) {
        String head = "[FIRING:" + severity(a) + "] " + a.name + " on " + a.nodeId;
        deliver(a, head, now, "Firing since: " + AlertText.clock(a.firingSince) + "\n");
    }

    void resolved(AlertLifecycle.Live a, long now) {
        String head = "[RESOLVED] " + a.name + " on " + a.nodeId;
        deliver(a, head, now, "Firing since: " + AlertText.clock(a.firingSince) + "\nResolved at: "
                + AlertText.clock(now) + "\n");
    }

    private void deliver(AlertLifecycle.Live a, String head, long now, String times) {
        for (Channel c : channels) {
            add(switch (c) {
                case EMAIL -> new Notification.Email(emailTo, head, "Alert: " + a.name + "\nSeverity: " + severity(a)
                        + "\nNode: " + a.nodeId + "\nSummary: " + a.summary + "\nPending since: "
                        + AlertText.clock(a.since) + "\n" + times + "System: " + system + "\n", now);
                case CONSOLE -> new Notification.ConsoleWarning(
                        "[" + AlertText.clock(now) + "] WARN " + head + ": " + a.summary, now);
                case AI_ANOMALY -> new Notification.AnomalyNotice(a.name, a.nodeId, a.severity,
                        head + ": " + a.summary, now);
            });
        }
    }

    private static String severity(AlertLifecycle.Live a) {
        return a.severity.name().toLowerCase(Locale.ROOT);
    }

    private void add(Notification n) {
        if (messages.size() == CAPACITY) {
            messages.removeFirst();
        }
        messages.addLast(n);
        changed = true;
    }

    /** The held messages, oldest first; the same list object until a message is added. */
    List<Notification> messages() {
        if (changed) {
            published = List.copyOf(messages);
            changed = false;
        }
        return published;
    }
}
