package org.devopssim.ui.view;

import javafx.css.PseudoClass;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import org.devopssim.simulation.help.HelpTopics;
import org.devopssim.ui.help.HelpCenter;
import org.devopssim.ui.model.AlertListModel;
import org.devopssim.ui.model.AlertRow;

/** Firing, pending and resolved alerts with severity and since when. */
final class AlertsPane extends BorderPane {

    private static final PseudoClass FIRING = PseudoClass.getPseudoClass("firing");
    private static final PseudoClass CRITICAL = PseudoClass.getPseudoClass("critical");

    AlertsPane(AlertListModel model, HelpCenter help) {
        TableView<AlertRow> table = Tables.of("alert-table", model.rows(), "No alerts: the system looks healthy");
        Tables.column(table, "State", 80, AlertRow::state);
        Tables.column(table, "Severity", 80, AlertRow::severity);
        Tables.column(table, "Alert", 200, AlertRow::name);
        Tables.column(table, "Node", 120, AlertRow::node);
        Tables.column(table, "Since", 90, AlertRow::since);
        table.getColumns().add(ExplainColumn.of(help, r -> help.glossary().entry(HelpTopics.alert(r.name()))));
        Tables.column(table, "Summary", 500, AlertRow::summary);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(AlertRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(FIRING, !empty && row != null && "firing".equals(row.state()));
                pseudoClassStateChanged(CRITICAL, !empty && row != null && "critical".equals(row.severity()));
            }
        });
        setCenter(table);
    }
}
