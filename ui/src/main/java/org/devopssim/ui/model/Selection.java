package org.devopssim.ui.model;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The node the user has selected (its id), shared by the topology view and the inspector. */
public final class Selection {

    private final StringProperty nodeId = new SimpleStringProperty(this, "nodeId");

    public StringProperty nodeIdProperty() {
        return nodeId;
    }

    public String getNodeId() {
        return nodeId.get();
    }

    public void select(String id) {
        nodeId.set(id);
    }

    public void clear() {
        nodeId.set(null);
    }
}
