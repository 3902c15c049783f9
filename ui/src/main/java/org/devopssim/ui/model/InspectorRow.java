package org.devopssim.ui.model;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One labelled figure of the inspector; live rows change their value in place every frame. */
public final class InspectorRow {

    private final String label;
    private final ReadOnlyStringWrapper value;

    public InspectorRow(String label, String value) {
        this.label = label;
        this.value = new ReadOnlyStringWrapper(this, "value", value);
    }

    public String label() {
        return label;
    }

    public ReadOnlyStringProperty valueProperty() {
        return value.getReadOnlyProperty();
    }

    public String getValue() {
        return value.get();
    }

    void setValue(String newValue) {
        value.set(newValue);
    }

    @Override
    public String toString() {
        return label + ": " + value.get();
    }
}
