package org.devopssim.ui.operate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.devopssim.simulation.alerting.Alert;
import org.devopssim.simulation.alerting.AlertState;
import org.devopssim.simulation.alerting.AlertView;
import org.devopssim.simulation.events.Severity;
import org.devopssim.simulation.events.SimEvent;

/**
 * Picks from the run what deserves a notification: actions the engine refused (with its reason)
 * and critical alerts that started firing. Each firing is notified once; a new run starts afresh.
 */
public final class NoticeFeed {

    private final Set<String> notified = new HashSet<>();
    private AlertView lastView;

    public List<Notice> poll(List<SimEvent> fresh, AlertView alerts) {
        List<Notice> notices = new ArrayList<>();
        for (SimEvent e : fresh) {
            if ("action-refused".equals(e.kind())) {
                notices.add(new Notice(Severity.WARNING, "Action refused", e.message()));
            }
        }
        if (alerts != null && alerts != lastView) {
            if (lastView != null && alerts.second() < lastView.second()) {
                notified.clear();
            }
            lastView = alerts;
            for (Alert a : alerts.alerts()) {
                if (a.state() == AlertState.FIRING && a.severity() == Severity.CRITICAL
                        && notified.add(a.name() + "|" + a.nodeId() + "|" + a.firingSince())) {
                    notices.add(new Notice(Severity.CRITICAL, a.name() + " firing", a.summary()));
                }
            }
        }
        return notices;
    }
}
