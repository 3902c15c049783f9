package org.devopssim.ui.model;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import java.util.List;
import org.devopssim.simulation.engine.Snapshot;
import org.devopssim.simulation.events.Severity;
import org.devopssim.simulation.events.SimEvent;
import org.devopssim.ui.format.Figures;

/** What the status bar says: run state, simulated clock, speed, topology and the latest event. */
public final class StatusModel {

    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper(this, "state", "");
    private final ReadOnlyStringWrapper clock = new ReadOnlyStringWrapper(this, "clock", "");
    private final ReadOnlyStringWrapper elapsed = new ReadOnlyStringWrapper(this, "elapsed", "");
    private final ReadOnlyStringWrapper speed = new ReadOnlyStringWrapper(this, "speed", "");
    private final ReadOnlyStringWrapper topology = new ReadOnlyStringWrapper(this, "topology", "");
    private final ReadOnlyStringWrapper lastEvent = new ReadOnlyStringWrapper(this, "lastEvent", "");
    private final ReadOnlyObjectWrapper<Severity> lastEventSeverity =
            new ReadOnlyObjectWrapper<>(this, "lastEventSeverity", Severity.INFO);

    /**
     * @param fresh events since the previous call (from the run's log, so none is missed)
     */
    public void apply(Snapshot s, List<SimEvent> fresh) {
        state.set(s.state() == Snapshot.RunState.RUNNING ? "Running" : "Paused");
        clock.set(Figures.clock(s.epochSecond()));
        elapsed.set(Figures.elapsed(s.second()));
        speed.set("Speed " + s.speed().label());
        topology.set(s.topology().name() + " · " + s.topology().nodes().size() + " nodes");
        if (!fresh.isEmpty()) {
            SimEvent e = fresh.getLast();
            lastEvent.set(Figures.elapsed(e.time()) + "  " + e.message());
            lastEventSeverity.set(e.severity());
        } else if (s.second() == 0) {
            // A fresh run: the previous run's last event no longer applies.
            lastEvent.set("");
            lastEventSeverity.set(Severity.INFO);
        }
    }

    public ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty clockProperty() {
        return clock.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty elapsedProperty() {
        return elapsed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty speedProperty() {
        return speed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty topologyProperty() {
        return topology.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastEventProperty() {
        return lastEvent.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Severity> lastEventSeverityProperty() {
        return lastEventSeverity.getReadOnlyProperty();
    }
}
