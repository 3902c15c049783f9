package org.devopssim.ui.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.devopssim.simulation.model.Topology;
import org.devopssim.ui.model.Selection;
import org.devopssim.ui.view.Tips;

/**
 * The inspector's editable properties of the selected node. Each value is checked as it is typed;
 * the reason it cannot be used shows under the field and nothing is applied. Enter or leaving the
 * field applies a valid value as one undoable edit; a choice applies when picked.
 */
public final class PropertyEditor extends VBox {


    private final TopologyDocument document;
    private final Selection selection;
    private final Consumer<String> refusal;
    private final GridPane grid = FormParts.grid();
    private final Label header = new Label("Edit");
    private final Map<String, Control> controls = new HashMap<>();
    private PropertyForm form;
    private List<String> shownKeys = List.of();
    private String shownNodeId;
    /** Set while the form writes values into its controls, so that does not count as typing. */
    private boolean filling;

    /** A field's input and its error line. */
    private record Control(Node input, Label error) {
    }

    public PropertyEditor(TopologyDocument document, Selection selection, Consumer<String> refusal) {
        this.document = document;
        this.selection = selection;
        this.refusal = refusal;
        setId("property-editor");
        setSpacing(4);
        header.getStyleClass().add("section-title");
        getChildren().addAll(header, grid);
        selection.nodeIdProperty().addListener((obs, o, id) -> show());
        document.topologyProperty().addListener((obs, o, t) -> show());
        show();
    }

    private void show() {
        String id = selection.getNodeId();
        Topology t = document.topology();
        Optional<org.devopssim.simulation.model.Node> node = id == null ? Optional.empty() : t.node(id);
        setVisible(node.isPresent());
        setManaged(node.isPresent());
        if (node.isEmpty()) {
            form = null;
            shownNodeId = null;
            grid.getChildren().clear();
            controls.clear();
            return;
        }
        form = PropertyForm.of(node.get(), t);
        List<String> keys = form.fields().stream().map(PropertyForm.Field::key).toList();
        if (id.equals(shownNodeId) && keys.equals(shownKeys)) {
            refill();
        } else {
            rebuild();
        }
        shownNodeId = id;
        shownKeys = keys;
    }

    /** Same node, same fields: new values in place, so focus and the caret stay where the user is. */
    private void refill() {
        filling = true;
        try {
            for (PropertyForm.Field f : form.fields()) {
                Control c = controls.get(f.key());
                setValue(c.input(), f.value());
                showError(c, Optional.empty());
            }
        } finally {
            filling = false;
        }
    }

    private void rebuild() {
        grid.getChildren().clear();
        controls.clear();
        int row = 0;
        for (PropertyForm.Field f : form.fields()) {
            Label name = FormParts.name(f.label());
            Label error = FormParts.error("edit-" + f.key() + "-error");
            Node input = f.isChoice() ? choice(f) : text(f);
            Control control = new Control(input, error);
            controls.put(f.key(), control);
            grid.add(name, 0, row);
            grid.add(input, 1, row++);
            grid.add(error, 1, row++);
        }
        filling = true;
        try {
            form.fields().forEach(f -> setValue(controls.get(f.key()).input(), f.value()));
        } finally {
            filling = false;
        }
    }

    private TextField text(PropertyForm.Field f) {
        TextField field = new TextField();
        field.setId("edit-" + f.key());
        field.setPromptText(f.hint());
        if (!f.hint().isEmpty()) {
            Tips.set(field, f.label() + ": " + f.hint());
        }
        field.textProperty().addListener((obs, o, text) -> {
            if (!filling && form != null) {
                form.field(f.key()).ifPresent(current -> showError(controls.get(f.key()), form.error(current, text)));
            }
        });
        field.setOnAction(e -> commit(f.key(), field.getText()));
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commit(f.key(), field.getText());
            }
        });
        return field;
    }

    private ComboBox<String> choice(PropertyForm.Field f) {
        ComboBox<String> box = new ComboBox<>();
        box.setId("edit-" + f.key());
        box.getItems().setAll(f.choices());
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null ? "" : words(s);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        box.valueProperty().addListener((obs, o, v) -> {
            if (!filling && v != null) {
                commit(f.key(), v);
            }
        });
        return box;
    }

    private void commit(String key, String text) {
        if (form == null) {
            return;
        }
        Optional<PropertyForm.Field> field = form.field(key);
        if (field.isEmpty() || text.strip().equals(field.get().value())) {
            return;
        }
        Optional<String> error = form.error(field.get(), text);
        showError(controls.get(key), error);
        if (error.isPresent()) {
            return; // Shown under the field; the document keeps the last valid value.
        }
        try {
            form.commit(document, field.get(), text);
        } catch (EditRefusedException e) {
            refusal.accept(e.getMessage());
        }
    }

    private static void showError(Control c, Optional<String> error) {
        FormParts.showError(c.input(), c.error(), error);
    }

    @SuppressWarnings("unchecked")
    private static void setValue(Node input, String value) {
        if (input instanceof TextField t) {
            if (!t.getText().equals(value)) {
                t.setText(value);
            }
        } else if (input instanceof ComboBox<?> box) {
            ((ComboBox<String>) box).setValue(value);
        }
    }

    /** ROUND_ROBIN -> "round robin". */
    static String words(String name) {
        return name.equals(name.toUpperCase(Locale.ROOT)) ? name.toLowerCase(Locale.ROOT).replace('_', ' ') : name;
    }

    /** The keys shown, in order (for tests). */
    List<String> keys() {
        return new ArrayList<>(shownKeys);
    }
}
