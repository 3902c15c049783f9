package org.devopssim.ui.view;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.devopssim.simulation.model.Node;
import org.devopssim.ui.operate.ActionForm;
import org.devopssim.ui.operate.NodeCommand;

/** Right-click on a node: the faults that suit its kind, then what an operator can do to it. */
final class NodeContextMenu extends ContextMenu {

    NodeContextMenu(Node node, Operator operator) {
        setId("node-menu");
        Menu inject = new Menu("Inject fault");
        inject.setId("node-inject");
        for (ActionForm f : ActionForm.faultsFor(node)) {
            MenuItem item = new MenuItem(f.label() + "…");
            item.setId("node-fault-" + f.actionName());
            item.setOnAction(e -> operator.ask(f, node.id()));
            inject.getItems().add(item);
        }
        inject.setDisable(inject.getItems().isEmpty());
        getItems().add(inject);
        var operations = NodeCommand.operationsFor(node);
        if (!operations.isEmpty()) {
            getItems().add(new SeparatorMenuItem());
        }
        for (NodeCommand c : operations) {
            MenuItem item = new MenuItem(c.label());
            item.setId("node-" + c.label().toLowerCase().replace("…", "").trim().replace(' ', '-'));
            item.setOnAction(e -> {
                if (c.needsForm()) {
                    operator.ask(c.form(), node.id());
                } else {
                    operator.send(c.action());
                }
            });
            getItems().add(item);
        }
    }
}
