package org.devopssim.ui.edit;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import org.devopssim.simulation.model.Node;
import org.devopssim.ui.model.Selection;

/**
 * The editing commands of the Edit menu on the document and the selection: undo and redo,
 * clipboard, delete, select all, arrange and auto layout. A refused edit is reported through
 * {@code refusal} and changes nothing.
 */
public final class TopologyEditor {

    /** How far each paste of the same fragment lands from the previous one, in file units. */
    static final double PASTE_OFFSET = 30;

    private final TopologyDocument document;
    private final Selection selection;
    private final Consumer<String> refusal;
    private Fragment clipboard;
    private int pastes;
    private Runnable afterLayout = () -> { };

    public TopologyEditor(TopologyDocument document, Selection selection, Consumer<String> refusal) {
        this.document = Objects.requireNonNull(document);
        this.selection = Objects.requireNonNull(selection);
        this.refusal = Objects.requireNonNull(refusal);
        // A new document: what was selected and copied belongs to another topology's ids... mostly. Keep the
        // clipboard (copying between presets is useful) but start the paste offset again.
        document.generationProperty().addListener((obs, o, g) -> pastes = 0);
    }

    public TopologyDocument document() {
        return document;
    }

    public void undo() {
        document.undo();
        dropVanishedSelection();
    }

    public void redo() {
        document.redo();
        dropVanishedSelection();
    }

    /** True when something is selected, for menu items that act on the selection. */
    public BooleanBinding hasSelection() {
        return Bindings.createBooleanBinding(() -> !selection.ids().isEmpty(), selection.idsProperty());
    }

    public boolean execute(Edit edit) {
        try {
            document.execute(edit);
            return true;
        } catch (EditRefusedException e) {
            refusal.accept(e.getMessage());
            return false;
        }
    }

    public void delete() {
        Set<String> ids = selection.ids();
        if (!ids.isEmpty() && execute(TopologyEdits.delete(ids))) {
            selection.clear();
        }
    }

    public void copy() {
        if (!selection.ids().isEmpty()) {
            clipboard = Fragment.of(document.topology(), selection.ids());
            pastes = 0;
        }
    }

    public void cut() {
        copy();
        delete();
    }

    public boolean canPaste() {
        return clipboard != null && !clipboard.isEmpty();
    }

    public void paste() {
        if (canPaste()) {
            pastes++;
            place(clipboard, pastes * PASTE_OFFSET, clipboard.nodes().size() == 1 ? "Paste '" + clipboard.nodes().getFirst().id() + "'"
                    : "Paste " + clipboard.nodes().size() + " nodes");
        }
    }

    /** Copies and pastes the selection in one step, beside the original; the clipboard is left alone. */
    public void duplicate() {
        if (!selection.ids().isEmpty()) {
            Fragment f = Fragment.of(document.topology(), selection.ids());
            place(f, PASTE_OFFSET, f.nodes().size() == 1 ? "Duplicate '" + f.nodes().getFirst().id() + "'"
                    : "Duplicate " + f.nodes().size() + " nodes");
        }
    }

    private void place(Fragment f, double offset, String label) {
        Fragment.Pasted pasted = f.pasteInto(document.topology(), offset, offset);
        if (execute(TopologyEdits.validated(label, t -> f.pasteInto(t, offset, offset).topology()))) {
            selection.selectAll(pasted.ids(), null);
        }
    }

    public void selectAll() {
        List<String> ids = document.topology().nodes().stream().map(Node::id).toList();
        selection.selectAll(ids, selection.getNodeId());
    }

    public void align(TopologyEdits.Alignment how) {
        execute(TopologyEdits.align(selection.ids(), how));
    }

    public void distribute(boolean horizontally) {
        execute(TopologyEdits.distribute(selection.ids(), horizontally));
    }

    public void autoLayout() {
        if (execute(TopologyEdits.autoLayout())) {
            afterLayout.run();
        }
    }

    /** Called after an auto layout, e.g. to fit the new picture in view. */
    public void setAfterLayout(Runnable action) {
        afterLayout = java.util.Objects.requireNonNull(action);
    }

    private void dropVanishedSelection() {
        List<String> still = selection.ids().stream().filter(id -> document.topology().node(id).isPresent()).toList();
        if (still.size() != selection.ids().size()) {
            selection.selectAll(still, selection.getNodeId());
        }
    }
}
