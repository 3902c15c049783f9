package org.devopssim.ui.model;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.devopssim.simulation.events.Severity;
import org.devopssim.simulation.events.SimEvent;

/**
 * The run's events for the log tab, newest first, filtered by least severity, kind and a search
 * text (in the message and the node). Keeps the newest {@link #CAPACITY}, like the engine's log.
 */
public final class EventLogModel {

    public static final String ALL_KINDS = "all kinds";
    static final int CAPACITY = 10_000;

    private final ObservableList<SimEvent> events = FXCollections.observableArrayList();
    private final FilteredList<SimEvent> shown = new FilteredList<>(events);
    private final ObservableList<String> kinds = FXCollections.observableArrayList(ALL_KINDS);
    private final TreeSet<String> knownKinds = new TreeSet<>();
    private final ObjectProperty<Severity> leastSeverity = new SimpleObjectProperty<>(this, "leastSeverity", Severity.INFO);
    private final StringProperty kind = new SimpleStringProperty(this, "kind", ALL_KINDS);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");

    public EventLogModel() {
        leastSeverity.addListener(o -> refilter());
        kind.addListener(o -> refilter());
        search.addListener(o -> refilter());
    }

    public ObservableList<SimEvent> shown() {
        return shown;
    }

    public ObservableList<String> kinds() {
        return kinds;
    }

    public ObjectProperty<Severity> leastSeverityProperty() {
        return leastSeverity;
    }

    public StringProperty kindProperty() {
        return kind;
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** New events of the run, oldest first. */
    public void append(List<SimEvent> fresh) {
        if (fresh.isEmpty()) {
            return;
        }
        for (SimEvent e : fresh) {
            if (knownKinds.add(e.kind())) {
                kinds.setAll(knownKinds);
                kinds.addFirst(ALL_KINDS);
            }
        }
        events.addAll(0, fresh.reversed());
        if (events.size() > CAPACITY) {
            events.remove(CAPACITY, events.size());
        }
    }

    /** A new run: the old run's events no longer apply. */
    public void clear() {
        events.clear();
    }

    private void refilter() {
        Severity least = leastSeverity.get() == null ? Severity.INFO : leastSeverity.get();
        String k = kind.get();
        String text = search.get() == null ? "" : search.get().trim().toLowerCase(Locale.ROOT);
        shown.setPredicate(e -> e.severity().compareTo(least) >= 0
                && (k == null || ALL_KINDS.equals(k) || k.equals(e.kind()))
                && (text.isEmpty() || e.message().toLowerCase(Locale.ROOT).contains(text)
                    || e.nodeId() != null && e.nodeId().toLowerCase(Locale.ROOT).contains(text)));
    }
}
