package org.devopssim.ui.view;

import javafx.beans.binding.Bindings;
import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.devopssim.simulation.logs.LogAnomaly;
import org.devopssim.simulation.logs.LogLevel;
import org.devopssim.ui.format.Figures;
import org.devopssim.ui.model.LogViewModel;

/**
 * The run's log lines, newest first, each with its mined template and counts; filters by least
 * level, the selected node and a search text; the AI log alerts of now above the table, and the
 * lines of their templates highlighted. The table is virtualised: only visible rows have cells.
 */
public final class LogsPane extends BorderPane {

    private static final PseudoClass ALERTED = PseudoClass.getPseudoClass("ai-alert");
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final PseudoClass WARN = PseudoClass.getPseudoClass("warn");

    public LogsPane(LogViewModel model) {
        setId("logs-pane");
        ChoiceBox<LogLevel> level = new ChoiceBox<>();
        level.setId("logs-level");
        level.getItems().setAll(LogLevel.values());
        level.valueProperty().bindBidirectional(model.leastLevelProperty());
        CheckBox node = new CheckBox("Selected node only");
        node.setId("logs-selected-node");
        node.selectedProperty().bindBidirectional(model.selectedNodeOnlyProperty());
        CheckBox alerted = new CheckBox("AI log alerts only");
        alerted.setId("logs-alerted");
        alerted.selectedProperty().bindBidirectional(model.alertedOnlyProperty());
        TextField search = new TextField();
        search.setId("logs-search");
        search.setPromptText("Search lines, templates, nodes");
        search.textProperty().bindBidirectional(model.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        HBox filters = new HBox(8, new Label("At least"), level, node, alerted, search);
        filters.setAlignment(Pos.CENTER_LEFT);
        filters.setPadding(new Insets(4, 8, 4, 8));

        Label status = new Label();
        status.setId("logs-status");
        status.getStyleClass().add("logs-status");
        status.textProperty().bind(model.statusProperty());
        Label alerts = new Label();
        alerts.setId("logs-alerts");
        alerts.getStyleClass().add("logs-alerts");
        alerts.setWrapText(true);
        alerts.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n",
                model.anomalies().stream().map(LogsPane::banner).toList()),
                model.anomalies()));
        alerts.visibleProperty().bind(Bindings.isNotEmpty(model.anomalies()));
        alerts.managedProperty().bind(alerts.visibleProperty());
        alerts.setMaxWidth(Double.MAX_VALUE);

        TableView<LogViewModel.Row> table = Tables.of("log-table", model.shown(), "No log lines match");
        Tables.column(table, "Time", 95, r -> Figures.elapsed(r.line().second()));
        Tables.column(table, "Level", 55, r -> r.line().level().label());
        Tables.column(table, "Node", 110, r -> r.line().nodeId());
        Tables.column(table, "Source", 80, r -> r.line().source());
        Tables.column(table, "Count", 70, r -> "x" + count(r.line().count()));
        Tables.column(table, "Message", 560, r -> r.line().message());
        Tables.column(table, "Template", 115, r -> r.line().templateId() < 0 ? "" : "#" + r.line().templateId()
                + " (" + count(r.templateCount()) + ")");
        Tables.column(table, "Mined template", 420, LogViewModel.Row::template);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(LogViewModel.Row row, boolean empty) {
                super.updateItem(row, empty);
                boolean has = !empty && row != null;
                pseudoClassStateChanged(ALERTED, has && model.anomalousTemplates().contains(row.line().templateId()));
                pseudoClassStateChanged(ERROR, has && row.line().level() == LogLevel.ERROR);
                pseudoClassStateChanged(WARN, has && row.line().level() == LogLevel.WARN);
            }
        });
        // Highlights follow the alerts, which change rarely: then the visible rows are restyled.
        model.anomalousTemplates().addListener((SetChangeListener<Integer>) c -> table.refresh());
        setTop(new VBox(filters, alerts, status));
        setCenter(table);
    }

    private static String count(long n) {
        return n < 1_000 ? Long.toString(n) : Figures.compact(n);
    }

    private static String banner(LogAnomaly a) {
        return "AI log alert " + a.alertName() + ": " + a.summary();
    }
}
