package org.devopssim.ui.edit;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.devopssim.simulation.model.Topology;

/**
 * The topology the user edits: its file, whether it changed since the last save, and the
 * unlimited undo/redo history. Every change of the topology goes through {@link #execute(Edit)}
 * (or undo/redo), so there is one command model for the canvas, the inspector and the menus.
 * Lives on the FX thread.
 */
public final class TopologyDocument {

    /** A step of the history: the topology before and after an edit. */
    private record Step(String label, Topology before, Topology after) {
    }

    private final ReadOnlyObjectWrapper<Topology> topology = new ReadOnlyObjectWrapper<>(this, "topology");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper(this, "undoLabel", "");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper(this, "redoLabel", "");
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    /** The topology as last saved or opened; dirty is "differs from it", so undoing back to it is clean. */
    private Topology saved;

    public TopologyDocument(Topology initial) {
        replace(initial, null);
    }

    /** New or opened: a fresh history, clean. {@code file} is null for a preset or a new topology. */
    public void replace(Topology t, Path file) {
        undo.clear();
        redo.clear();
        saved = Objects.requireNonNull(t);
        this.file.set(file);
        topology.set(t);
        refresh();
    }

    /**
     * Recovered after a crash or made by an import: a fresh history, but nothing on disk holds it,
     * so it is dirty until saved. {@code file} is where it belongs, if anywhere (a recovered file's path).
     */
    public void replaceUnsaved(Topology t, Path file) {
        replace(t, file);
        saved = null;
        refresh();
    }

    /**
     * Applies an edit and records it. An edit that changes nothing is not recorded.
     *
     * @throws EditRefusedException with the reason when the edit does not make sense; nothing changes then
     */
    public void execute(Edit edit) {
        Topology before = topology.get();
        Topology after = Objects.requireNonNull(edit.change().apply(before), "an edit returned no topology");
        if (after.equals(before)) {
            return;
        }
        undo.push(new Step(edit.label(), before, after));
        redo.clear();
        topology.set(after);
        refresh();
    }

    public void undo() {
        if (!undo.isEmpty()) {
            Step s = undo.pop();
            redo.push(s);
            topology.set(s.before());
            refresh();
        }
    }

    public void redo() {
        if (!redo.isEmpty()) {
            Step s = redo.pop();
            undo.push(s);
            topology.set(s.after());
            refresh();
        }
    }

    /** After a successful save of the current topology to {@code to}. */
    public void markSaved(Path to) {
        saved = topology.get();
        file.set(to);
        refresh();
    }

    /**
     * After a save of {@code written} (the topology when the save began) to {@code to}: edits made
     * while the file was being written keep the document dirty.
     */
    public void markSaved(Path to, Topology written) {
        saved = Objects.requireNonNull(written);
        file.set(to);
        refresh();
    }

    private void refresh() {
        dirty.set(!topology.get().equals(saved));
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        undoLabel.set(undo.isEmpty() ? "" : undo.peek().label());
        redoLabel.set(redo.isEmpty() ? "" : redo.peek().label());
    }

    public Topology topology() {
        return topology.get();
    }

    public ReadOnlyObjectProperty<Topology> topologyProperty() {
        return topology.getReadOnlyProperty();
    }

    public Optional<Path> file() {
        return Optional.ofNullable(file.get());
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** What Undo would undo, e.g. "Move 3 nodes"; empty when nothing. */
    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }
}
