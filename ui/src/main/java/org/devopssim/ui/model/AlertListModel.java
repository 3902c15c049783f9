package org.devopssim.ui.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.devopssim.simulation.alerting.AlertView;

/**
 * The alerts list: firing first, then pending, then the recently resolved, newest first within
 * each. Rebuilt only when alerting published a new view.
 */
public final class AlertListModel {

    private final Supplier<AlertView> alerts;
    private final ObservableList<AlertRow> rows = FXCollections.observableArrayList();
    /** One read-only view, kept: a fresh wrapper per call would drop its listeners when collected. */
    private final ObservableList<AlertRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private AlertView shown;

    public AlertListModel(Supplier<AlertView> alerts) {
        this.alerts = alerts;
    }

    public ObservableList<AlertRow> rows() {
        return rowsView;
    }

    /** For the tab's title, e.g. "2 firing". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public void refresh() {
        AlertView view = alerts.get();
        if (view == null || view == shown) {
            return;
        }
        shown = view;
        List<AlertRow> next = new ArrayList<>();
        view.firing().reversed().forEach(a -> next.add(AlertRow.of(a)));
        view.pending().reversed().forEach(a -> next.add(AlertRow.of(a)));
        view.resolved().reversed().forEach(a -> next.add(AlertRow.of(a)));
        rows.setAll(next);
        int firing = view.firing().size();
        int pending = view.pending().size();
        summary.set(firing > 0 ? firing + " firing" : pending > 0 ? pending + " pending" : "");
    }
}
