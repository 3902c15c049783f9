package org.devopssim.simulation.alerting;

import org.devopssim.simulation.events.Severity;

/** A message an alert sent through a channel; {@code time} is the simulated second. */
public sealed interface Notification {

    long time();

    /** An email in the outbox. */
    record Email(String to, String subject, String body, long time) implements Notification {
    }

    /** A line printed to the developer's console. */
    record ConsoleWarning(String line, long time) implements Notification {
    }

    /** An entry of the AI anomaly feed (Experimental). */
    record AnomalyNotice(String alertName, String nodeId, Severity severity, String text, long time)
            implements Notification {
    }
}
