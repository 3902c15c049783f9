package org.devopssim.ui.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The nodes the user has selected, shared by the topology view, the inspector and the chart.
 * {@link #getNodeId()} is the primary selection (the node last clicked), which the inspector
 * and the chart show; {@link #ids()} is every selected node, which edits such as move, delete
 * and align act on. The primary node is always one of the ids.
 */
public final class Selection {

    private final StringProperty nodeId = new SimpleStringProperty(this, "nodeId");
    private final ReadOnlyObjectWrapper<Set<String>> ids = new ReadOnlyObjectWrapper<>(this, "ids", Set.of());

    public Selection() {
        // Someone who sets the primary id directly selects that node alone.
        nodeId.addListener((obs, o, id) -> {
            if (id == null) {
                ids.set(Set.of());
            } else if (!ids.get().contains(id)) {
                ids.set(Set.of(id));
            }
        });
    }

    public StringProperty nodeIdProperty() {
        return nodeId;
    }

    /** The primary selection, or null. */
    public String getNodeId() {
        return nodeId.get();
    }

    /** Every selected node id, in selection order; immutable, replaced on each change. */
    public ReadOnlyObjectProperty<Set<String>> idsProperty() {
        return ids.getReadOnlyProperty();
    }

    public Set<String> ids() {
        return ids.get();
    }

    public boolean isSelected(String id) {
        return ids.get().contains(id);
    }

    /** Selects one node alone. */
    public void select(String id) {
        if (id == null) {
            clear();
            return;
        }
        ids.set(Set.of(id));
        nodeId.set(id);
    }

    /** Ctrl-click: adds the node (and makes it primary) or removes it. */
    public void toggle(String id) {
        Set<String> next = new LinkedHashSet<>(ids.get());
        if (next.remove(id)) {
            ids.set(ordered(next));
            if (id.equals(nodeId.get())) {
                nodeId.set(next.isEmpty() ? null : last(next));
            }
        } else {
            next.add(id);
            ids.set(ordered(next));
            nodeId.set(id);
        }
    }

    /** Selects these nodes; the primary is {@code primary} if it is among them, else the last. */
    public void selectAll(Collection<String> selected, String primary) {
        Set<String> next = new LinkedHashSet<>(selected);
        if (next.isEmpty()) {
            clear();
            return;
        }
        ids.set(ordered(next));
        nodeId.set(primary != null && next.contains(primary) ? primary : last(next));
    }

    public void clear() {
        ids.set(Set.of());
        nodeId.set(null);
    }

    private static Set<String> ordered(Set<String> s) {
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(s));
    }

    private static String last(Set<String> s) {
        List<String> l = new ArrayList<>(s);
        return l.get(l.size() - 1);
    }
}
