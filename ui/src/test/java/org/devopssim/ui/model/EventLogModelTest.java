package org.devopssim.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.devopssim.simulation.events.Severity;
import org.devopssim.simulation.events.SimEvent;
import org.junit.jupiter.api.Test;

class EventLogModelTest {

    private final EventLogModel model = new EventLogModel();

    @Test
    void newestFirstFilteredBySeverityKindAndSearch() {
        model.append(List.of(new SimEvent(1, Severity.INFO, "api", "scale-up", "api: 3 -> 4 instances"),
                new SimEvent(2, Severity.CRITICAL, "db-primary", "fault-injected", "db-primary-crash on db-primary"),
                new SimEvent(3, Severity.WARNING, "api", "instance-crash", "api: 1 instance(s) crashed")));
        assertEquals(List.of(3L, 2L, 1L), model.shown().stream().map(SimEvent::time).toList());
        assertEquals(List.of(EventLogModel.ALL_KINDS, "fault-injected", "instance-crash", "scale-up"), model.kinds());

        model.leastSeverityProperty().set(Severity.WARNING);
        assertEquals(List.of(3L, 2L), model.shown().stream().map(SimEvent::time).toList());
        model.kindProperty().set("fault-injected");
        assertEquals(List.of(2L), model.shown().stream().map(SimEvent::time).toList());
        model.kindProperty().set(EventLogModel.ALL_KINDS);
        model.leastSeverityProperty().set(Severity.INFO);
        model.searchProperty().set("API");
        assertEquals(List.of(3L, 1L), model.shown().stream().map(SimEvent::time).toList());
        model.clear();
        assertEquals(0, model.shown().size());
    }
}
