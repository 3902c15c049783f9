package org.devopssim.ui.operate;

import java.util.ArrayList;
import java.util.List;
import org.devopssim.simulation.engine.Action;
import org.devopssim.simulation.model.AppService;
import org.devopssim.simulation.model.Node;
import org.devopssim.simulation.model.PostgresNode;

/**
 * One entry of a node's context menu: either an action sent at once or a form to fill first.
 * Exactly one of {@code action} and {@code form} is set.
 */
public record NodeCommand(String label, Action action, ActionForm form) {

    public boolean needsForm() {
        return form != null;
    }

    /** What the operator can do to this node, by its kind: the faults that suit it come separately. */
    public static List<NodeCommand> operationsFor(Node node) {
        List<NodeCommand> list = new ArrayList<>();
        String id = node.id();
        if (ActionForm.SCALE.suits(node)) {
            list.add(new NodeCommand("Scale…", null, ActionForm.SCALE));
        }
        if (node instanceof PostgresNode) {
            list.add(new NodeCommand("Fail over", new Action.Failover(id), null));
            list.add(new NodeCommand("Restore backup", new Action.RestoreBackup(id), null));
        }
        if (node instanceof AppService) {
            list.add(new NodeCommand("Deploy…", null, ActionForm.DEPLOY));
            list.add(new NodeCommand("Roll back", new Action.Rollback(id), null));
        }
        if (!node.isContainer() || !ActionForm.faultsFor(node).isEmpty()) {
            list.add(new NodeCommand("Clear faults", new Action.ClearFault(id, null), null));
        }
        return list;
    }
}
