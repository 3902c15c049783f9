package org.devopssim.ui.view;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.devopssim.simulation.events.Severity;
import org.devopssim.simulation.events.SimEvent;
import org.devopssim.ui.format.Figures;
import org.devopssim.ui.help.HelpCenter;
import org.devopssim.ui.model.EventLogModel;

/** The run's event log, newest first, with filters by severity and kind and a search box. */
final class EventsPane extends BorderPane {

    EventsPane(EventLogModel model, HelpCenter help) {
        ChoiceBox<Severity> severity = new ChoiceBox<>();
        severity.setId("events-severity");
        severity.getItems().setAll(Severity.values());
        severity.valueProperty().bindBidirectional(model.leastSeverityProperty());
        ChoiceBox<String> kind = new ChoiceBox<>(model.kinds());
        kind.setId("events-kind");
        kind.valueProperty().bindBidirectional(model.kindProperty());
        TextField search = new TextField();
        search.setId("events-search");
        search.setPromptText("Search messages and nodes");
        search.textProperty().bindBidirectional(model.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        HBox filters = new HBox(8, new Label("At least"), severity, new Label("Kind"), kind, search);
        filters.setAlignment(Pos.CENTER_LEFT);
        filters.setPadding(new Insets(4, 8, 4, 8));

        TableView<SimEvent> table = Tables.of("event-table", model.shown(), "No events match");
        Tables.column(table, "Time", 90, e -> Figures.elapsed(e.time()));
        Tables.column(table, "Severity", 80, e -> e.severity().name().toLowerCase());
        Tables.column(table, "Kind", 140, SimEvent::kind);
        Tables.column(table, "Node", 120, e -> e.nodeId() == null ? "" : e.nodeId());
        table.getColumns().add(ExplainColumn.of(help, e -> help.glossary().explain(e)));
        Tables.column(table, "Message", 600, SimEvent::message);
        setTop(filters);
        setCenter(table);
    }
}
