package org.devopssim.ui.view;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.devopssim.simulation.engine.Action;
import org.devopssim.ui.operate.ActionForm;
import org.devopssim.ui.operate.ActionFormModel;
import org.devopssim.ui.operate.Parameter;

/** The small form of one action: target, parameters, duration or "until fixed"; errors shown inline. */
final class ActionDialog extends Dialog<Action> {

    ActionDialog(Window owner, ActionFormModel model) {
        ActionForm form = model.form();
        initOwner(owner);
        setTitle(form.label());
        setHeaderText(form.label());
        getDialogPane().setId("action-dialog");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(10));
        int row = 0;
        Label about = new Label(form.description());
        about.setWrapText(true);
        about.setMaxWidth(380);
        grid.add(about, 0, row++, 3, 1);
        TextField target = field("action-target", model.targetProperty());
        target.setPromptText("default: the first suitable node");
        grid.addRow(row++, new Label("Target"), target, muted(form.targetHint()));
        for (Parameter p : form.parameters()) {
            grid.addRow(row++, new Label(p.label()), input(model, p), muted(p.unit()));
        }
        if (form.duration() != ActionForm.Duration.NONE) {
            TextField duration = field("action-duration", model.durationProperty());
            duration.setPromptText("90s, 10m, 1h");
            Node right;
            if (form.duration() == ActionForm.Duration.OPTIONAL) {
                CheckBox until = new CheckBox("until fixed");
                until.setId("action-until-fixed");
                until.selectedProperty().bindBidirectional(model.untilFixedProperty());
                duration.disableProperty().bind(until.selectedProperty());
                right = until;
            } else {
                right = muted("");
            }
            grid.addRow(row++, new Label("Duration"), duration, right);
        }
        Label error = new Label();
        error.setId("action-error");
        error.getStyleClass().add("form-error");
        error.textProperty().bind(model.errorProperty());
        error.setWrapText(true);
        error.setMaxWidth(380);
        grid.add(error, 0, row, 3, 1);
        getDialogPane().setContent(grid);

        ButtonType send = new ButtonType(form.isFault() ? "Inject" : form.label(), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(send, ButtonType.CANCEL);
        Node ok = getDialogPane().lookupButton(send);
        ok.setId("action-send");
        ok.disableProperty().bind(model.errorProperty().isNotEmpty());
        setResultConverter(b -> b == send ? model.action().orElse(null) : null);
    }

    static Optional<Action> ask(Window owner, ActionFormModel model) {
        return new ActionDialog(owner, model).showAndWait();
    }

    private static Node input(ActionFormModel model, Parameter p) {
        if (p.type() == Parameter.Type.CHOICE) {
            ChoiceBox<String> box = new ChoiceBox<>();
            box.setId("action-" + p.key());
            box.getItems().setAll(p.choices());
            box.setValue(model.valueProperty(p.key()).get());
            box.valueProperty().addListener((obs, o, n) -> model.valueProperty(p.key()).set(n));
            return box;
        }
        return field("action-" + p.key(), model.valueProperty(p.key()));
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        f.setPrefColumnCount(14);
        return f;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("muted");
        return l;
    }
}
