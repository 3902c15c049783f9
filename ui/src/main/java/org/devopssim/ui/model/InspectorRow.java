package org.devopssim.ui.model;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One labelled figure of the inspector; live rows change their value in place every frame. */
public final class InspectorRow {

    private final String label;
    private final ReadOnlyStringWrapper value;
    private final String helpTopic;

    public InspectorRow(String label, String value) {
        this(label, value, null);
    }

    /** @param helpTopic the glossary id that explains the row, or null */
    public InspectorRow(String label, String value, String helpTopic) {
        this.label = label;
        this.value = new ReadOnlyStringWrapper(this, "value", value);
        this.helpTopic = helpTopic;
    }

    /** The glossary id that explains the row, or null. */
    public String helpTopic() {
        return helpTopic;
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
