package org.devopssim.ui.model;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.devopssim.simulation.alerting.AlertView;
import org.devopssim.simulation.alerting.Notification;
import org.devopssim.ui.format.Figures;

/** The emails alerting sent, newest first, and the body of the one selected. */
public final class OutboxModel {

    private final Supplier<AlertView> alerts;
    private final ObservableList<Notification.Email> emails = FXCollections.observableArrayList();
    /** One read-only view, kept: a fresh wrapper per call would drop its listeners when collected. */
    private final ObservableList<Notification.Email> emailsView = FXCollections.unmodifiableObservableList(emails);
    private final ObjectProperty<Notification.Email> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper body = new ReadOnlyStringWrapper(this, "body", "");
    private AlertView shown;

    public OutboxModel(Supplier<AlertView> alerts) {
        this.alerts = alerts;
        selected.addListener((obs, o, e) -> body.set(e == null ? "" : """
                To: %s
                Subject: %s
                Sent: %s

                %s""".formatted(e.to(), e.subject(), Figures.elapsed(e.time()), e.body())));
    }

    public ObservableList<Notification.Email> emails() {
        return emailsView;
    }

    public ObjectProperty<Notification.Email> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty bodyProperty() {
        return body.getReadOnlyProperty();
    }

    public void refresh() {
        AlertView view = alerts.get();
        if (view == null || view == shown) {
            return;
        }
        shown = view;
        List<Notification.Email> outbox = view.outbox().reversed();
        if (!outbox.equals(emails)) {
            Notification.Email keep = selected.get();
            emails.setAll(outbox);
            selected.set(outbox.contains(keep) ? keep : null);
        }
    }
}
