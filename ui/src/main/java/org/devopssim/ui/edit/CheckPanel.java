package org.devopssim.ui.edit;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import org.devopssim.simulation.check.Warning;
import org.devopssim.ui.model.Selection;

/** The topology check's findings, live; a click on one selects the node it names. */
public final class CheckPanel extends TableView<Warning> {

    public CheckPanel(TopologyCheckModel model, Selection selection) {
        super(model.warnings());
        setId("check-table");
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label("No findings: every serving node is redundant, reachable and monitored."));
        TableColumn<Warning, String> level = new TableColumn<>("Level");
        level.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().level() == Warning.Level.ERROR ? "Error" : "Warning"));
        level.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                getStyleClass().removeAll("check-error", "check-warning");
                if (!empty) {
                    getStyleClass().add("Error".equals(item) ? "check-error" : "check-warning");
                }
            }
        });
        level.setPrefWidth(70);
        level.setMaxWidth(90);
        TableColumn<Warning, String> node = new TableColumn<>("Node");
        node.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().nodeId() == null ? "(topology)" : c.getValue().nodeId()));
        node.setPrefWidth(120);
        node.setMaxWidth(200);
        TableColumn<Warning, String> message = new TableColumn<>("Finding");
        message.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().message()));
        getColumns().add(level);
        getColumns().add(node);
        getColumns().add(message);
        setRowFactory(t -> {
            TableRow<Warning> row = new TableRow<>() {
                @Override
                protected void updateItem(Warning item, boolean empty) {
                    super.updateItem(item, empty);
                    setTooltip(empty || item == null ? null : new Tooltip(item.message()));
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && row.getItem() != null && row.getItem().nodeId() != null) {
                    selection.select(row.getItem().nodeId());
                }
            });
            return row;
        });
    }
}
