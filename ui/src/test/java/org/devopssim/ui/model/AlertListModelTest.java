package org.devopssim.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.devopssim.simulation.alerting.Alert;
import org.devopssim.simulation.alerting.AlertState;
import org.devopssim.simulation.alerting.AlertView;
import org.devopssim.simulation.alerting.Notification;
import org.devopssim.simulation.events.Severity;
import org.junit.jupiter.api.Test;

class AlertListModelTest {

    private final AtomicReference<AlertView> view = new AtomicReference<>();

    private static Alert alert(String name, AlertState state, long since) {
        return new Alert(name, "api", Severity.WARNING, "rule", state, since, state == AlertState.PENDING ? null : since + 60,
                state == AlertState.RESOLVED ? since + 300 : null, 1, name + " summary", false);
    }

    @Test
    void firingFirstThenPendingThenResolvedWithTheirTimes() {
        AlertListModel model = new AlertListModel(view::get);
        model.refresh();
        assertTrue(model.rows().isEmpty(), "no run yet");
        view.set(new AlertView(900, false, List.of(alert("Pending", AlertState.PENDING, 800),
                alert("Firing", AlertState.FIRING, 100)), List.of(alert("Resolved", AlertState.RESOLVED, 10)),
                List.of(), List.of(), 2, 1));
        model.refresh();
        assertEquals(List.of("Firing", "Pending", "Resolved"), model.rows().stream().map(AlertRow::name).toList());
        assertEquals(List.of("T+00:02:40", "T+00:13:20", "T+00:05:10"), model.rows().stream().map(AlertRow::since).toList());
        assertEquals("1 firing", model.summaryProperty().get());
    }

    @Test
    void theOutboxShowsTheSelectedEmail() {
        OutboxModel outbox = new OutboxModel(view::get);
        Notification.Email first = new Notification.Email("sre@x", "[FIRING] A", "body A", 60);
        Notification.Email second = new Notification.Email("sre@x", "[FIRING] B", "body B", 120);
        view.set(new AlertView(200, false, List.of(), List.of(), List.of(first, new Notification.ConsoleWarning("w", 90), second),
                List.of(), 2, 0));
        outbox.refresh();
        assertEquals(List.of(second, first), outbox.emails());
        outbox.selectedProperty().set(first);
        assertTrue(outbox.bodyProperty().get().startsWith("To: sre@x\nSubject: [FIRING] A\nSent: T+00:01:00\n\nbody A"),
                outbox.bodyProperty().get());
    }
}
