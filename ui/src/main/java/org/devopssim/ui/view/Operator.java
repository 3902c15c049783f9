package org.devopssim.ui.view;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Scene;
import org.devopssim.simulation.engine.Action;
import org.devopssim.simulation.model.Topology;
import org.devopssim.ui.model.Selection;
import org.devopssim.ui.operate.ActionForm;
import org.devopssim.ui.operate.ActionFormModel;

/**
 * Sends the user's actions to the run: asks for a form's fields first, then submits. Everything
 * goes through the session's queue; what the engine refuses comes back as a notice.
 */
public final class Operator {

    private final Consumer<Action> submit;
    private final Supplier<Topology> topology;
    private final Selection selection;
    private Scene scene;

    public Operator(Consumer<Action> submit, Supplier<Topology> topology, Selection selection) {
        this.submit = submit;
        this.topology = topology;
        this.selection = selection;
    }

    public void attachTo(Scene owner) {
        this.scene = owner;
    }

    /** Opens a form aimed at the selected node when it suits the action, else the engine's default. */
    void ask(ActionForm form) {
        Topology t = topology.get();
        String selected = selection.getNodeId();
        String target = selected != null && t.node(selected).filter(form::suits).isPresent() ? selected : null;
        ask(form, target);
    }

    void ask(ActionForm form, String target) {
        ActionFormModel model = new ActionFormModel(form, topology.get(), target);
        ActionDialog.ask(scene == null ? null : scene.getWindow(), model).ifPresent(submit);
    }

    void clearSelected() {
        send(new Action.ClearFault(selection.getNodeId(), null));
    }

    void send(Action action) {
        submit.accept(action);
    }
}
