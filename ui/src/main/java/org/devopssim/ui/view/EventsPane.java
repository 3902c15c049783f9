package org.devopssim.ui.view;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.devopssim.simulation.events.Severity;
import org.devopssim.simulation.events.SimEvent;
import org.devopssim.simulation.help.GlossaryEntry;
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
        table.getColumns().add(explainColumn(help));
        Tables.column(table, "Message", 600, SimEvent::message);
        setTop(filters);
        setCenter(table);
    }

    /** A link to the explanation of notable events: the alert that fired, the fault, the failover... */
    private static TableColumn<SimEvent, SimEvent> explainColumn(HelpCenter help) {
        TableColumn<SimEvent, SimEvent> c = new TableColumn<>("Explain");
        c.setPrefWidth(120);
        c.setSortable(false);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            private final Hyperlink link = new Hyperlink();

            @Override
            protected void updateItem(SimEvent event, boolean empty) {
                super.updateItem(event, empty);
                var entry = empty || event == null ? java.util.Optional.<GlossaryEntry>empty() : help.glossary().explain(event);
                if (entry.isEmpty()) {
                    setGraphic(null);
                    return;
                }
                GlossaryEntry e = entry.get();
                link.setText(e.title().replaceFirst("^Alert: ", ""));
                link.getStyleClass().setAll("hyperlink", "event-explain");
                link.setTooltip(new Tooltip(e.shortText()));
                link.setOnAction(x -> help.open(e.id(), getScene() == null ? null : getScene().getWindow()));
                setGraphic(link);
            }
        });
        return c;
    }
}
