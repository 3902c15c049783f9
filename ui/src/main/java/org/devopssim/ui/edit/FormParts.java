package org.devopssim.ui.edit;

import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** The inspector's editing forms look and report alike: names left, inputs right, the reason under a bad value. */
final class FormParts {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private FormParts() {
    }

    /** Two columns: names that wrap, inputs that take the rest. */
    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(2);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(90);
        names.setMaxWidth(140);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setMinWidth(80);
        grid.getColumnConstraints().addAll(names, values);
        return grid;
    }

    static Label name(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("inspector-label");
        l.setWrapText(true);
        return l;
    }

    /** Where a value's problem shows; hidden (and taking no room) until there is one. */
    static Label error(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("field-error");
        l.setWrapText(true);
        l.setVisible(false);
        l.setManaged(false);
        return l;
    }

    static void showError(Node input, Label error, Optional<String> problem) {
        error.setText(problem.orElse(""));
        error.setVisible(problem.isPresent());
        error.setManaged(problem.isPresent());
        input.pseudoClassStateChanged(INVALID, problem.isPresent());
    }
}
