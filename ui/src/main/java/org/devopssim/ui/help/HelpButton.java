package org.devopssim.ui.help;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import org.devopssim.ui.view.Tips;

/**
 * A small "?" beside a figure: shows the glossary's short text in a popover with a link to the
 * full entry. Its topic can change (the inspector's node kind does); without an entry it hides.
 */
public final class HelpButton extends Button {

    private final StringProperty topic = new SimpleStringProperty(this, "topic");

    HelpButton(HelpCenter help, String topicId) {
        super("?");
        getStyleClass().add("help-button");
        setFocusTraversable(false);
        managedProperty().bind(visibleProperty());
        topic.addListener((obs, o, id) -> {
            var entry = help.glossary().entry(id);
            setVisible(entry.isPresent());
            entry.ifPresent(e -> Tips.set(this, "What is " + e.title() + "? Click to read."));
        });
        topic.set(topicId);
        setVisible(help.glossary().contains(topicId));
        setOnAction(e -> help.explain(topic.get(), this));
    }

    public StringProperty topicProperty() {
        return topic;
    }
}
