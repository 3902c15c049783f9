package org.devopssim.ui.view;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.devopssim.simulation.model.Node;
import org.devopssim.simulation.model.NodeKind;
import org.devopssim.ui.model.NodeSearch;

/** View > Find Node (Ctrl+F): type part of a name, id or kind; Enter or a double click goes to it. */
final class FindNodeDialog {

    private FindNodeDialog() {
    }

    /** The chosen node's id, or empty when cancelled or nothing matches. */
    static Optional<String> ask(Window owner, Supplier<List<Node>> nodes) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Find Node");
        dialog.setHeaderText("Type part of a node's name, id or kind");
        TextField query = new TextField();
        query.setId("find-node-field");
        query.setPromptText("e.g. replica, api, redis");
        ListView<Node> list = new ListView<>();
        list.setId("find-node-list");
        list.setPrefSize(420, 240);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Node n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty || n == null ? null : n.displayName() + "   (" + NodeKind.of(n).label() + ", " + n.id() + ")");
            }
        });
        Runnable refresh = () -> {
            list.getItems().setAll(NodeSearch.find(nodes.get(), query.getText()));
            list.getSelectionModel().selectFirst();
        };
        query.textProperty().addListener((obs, o, t) -> refresh.run());
        refresh.run();
        // Down moves into the list; Enter in the field takes the first (selected) match.
        query.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                list.requestFocus();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                dialog.setResult(list.getSelectionModel().getSelectedItem().id());
                dialog.close();
            }
        });
        ButtonType go = new ButtonType("Go to Node", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(go, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(go).disableProperty().bind(
                list.getSelectionModel().selectedItemProperty().isNull());
        dialog.getDialogPane().setContent(new VBox(8, query, list));
        dialog.setResultConverter(b -> b == go && list.getSelectionModel().getSelectedItem() != null
                ? list.getSelectionModel().getSelectedItem().id() : null);
        Platform.runLater(query::requestFocus);
        return dialog.showAndWait();
    }
}
