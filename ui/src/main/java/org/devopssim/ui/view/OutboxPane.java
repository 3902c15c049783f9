package org.devopssim.ui.view;

import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import org.devopssim.simulation.alerting.Notification;
import org.devopssim.ui.format.Figures;
import org.devopssim.ui.model.OutboxModel;

/** The emails alerting sent: the list, and the selected one's full text. */
final class OutboxPane extends SplitPane {

    OutboxPane(OutboxModel model) {
        ListView<Notification.Email> list = new ListView<>(model.emails());
        list.setId("outbox-list");
        list.setPlaceholder(new javafx.scene.control.Label("No emails sent (this mode's channels may not include email)"));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Notification.Email e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : Figures.elapsed(e.time()) + "  " + e.subject());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, o, e) -> model.selectedProperty().set(e));
        model.selectedProperty().addListener((obs, o, e) -> {
            if (e == null) {
                list.getSelectionModel().clearSelection();
            }
        });
        TextArea body = new TextArea();
        body.setId("outbox-body");
        body.setEditable(false);
        body.setWrapText(true);
        body.textProperty().bind(model.bodyProperty());
        getItems().addAll(list, body);
        setDividerPositions(0.45);
    }
}
