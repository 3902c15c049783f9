package org.devopssim.ui.view;

import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import org.devopssim.ui.model.SecurityModel;

/** The security posture audit of the loaded topology. */
final class SecurityPane extends BorderPane {

    SecurityPane(SecurityModel model) {
        TableView<SecurityModel.Row> table = Tables.of("security-table", model.rows(), "No findings");
        Tables.column(table, "Severity", 80, r -> r.expected() ? "expected" : r.finding().severity().name().toLowerCase());
        Tables.column(table, "Check", 170, r -> r.finding().check());
        Tables.column(table, "Node", 120, r -> r.finding().nodeId() == null ? "system" : r.finding().nodeId());
        Tables.column(table, "What is wrong", 380, r -> r.finding().explanation());
        Tables.column(table, "Fix", 380, r -> r.finding().fix());
        setCenter(table);
    }
}
