package org.devopssim.ui.operate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.devopssim.simulation.alerting.Alert;
import org.devopssim.simulation.alerting.AlertState;
import org.devopssim.simulation.alerting.AlertView;
import org.devopssim.simulation.events.Severity;
import org.devopssim.simulation.events.SimEvent;
import org.junit.jupiter.api.Test;

class NoticeFeedTest {

    private static AlertView view(long second, Alert... alerts) {
        return new AlertView(second, false, List.of(alerts), List.of(), List.of(), List.of(), 0, 0);
    }

    private static Alert alert(String name, Severity severity, AlertState state) {
        return new Alert(name, "db-primary", severity, "rule", state, 10, state == AlertState.FIRING ? 70L : null, null,
                0, name + " summary", false);
    }

    @Test
    void aRefusedActionIsNoticedWithTheEnginesReason() {
        NoticeFeed feed = new NoticeFeed();
        List<Notice> notices = feed.poll(List.of(
                new SimEvent(5, Severity.INFO, "api", "scale-up", "api: 3 -> 4"),
                new SimEvent(5, Severity.WARNING, null, "action-refused", "rollback: api has no previous version")), null);
        assertEquals(List.of(new Notice(Severity.WARNING, "Action refused", "rollback: api has no previous version")), notices);
    }

    @Test
    void aCriticalAlertIsNoticedOnceWhenItFires() {
        NoticeFeed feed = new NoticeFeed();
        assertTrue(feed.poll(List.of(), view(60, alert("PostgresqlDown", Severity.CRITICAL, AlertState.PENDING))).isEmpty());
        Alert firing = alert("PostgresqlDown", Severity.CRITICAL, AlertState.FIRING);
        assertEquals(1, feed.poll(List.of(), view(70, firing, alert("HighLatencyP95", Severity.WARNING, AlertState.FIRING))).size());
        assertTrue(feed.poll(List.of(), view(71, firing)).isEmpty(), "still firing: no second notice");
        assertEquals(1, feed.poll(List.of(), view(3, firing)).size(), "a new run notices afresh");
    }
}
