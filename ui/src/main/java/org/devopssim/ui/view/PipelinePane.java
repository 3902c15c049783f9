package org.devopssim.ui.view;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.devopssim.simulation.engine.Action;
import org.devopssim.ui.model.PipelineModel;

/** The pipeline strip: stages as boxes coloured by status, the developer's buttons, the DORA tiles below. */
final class PipelinePane extends BorderPane {

    private final HBox strip = new HBox(6);

    PipelinePane(PipelineModel model, DoraTiles dora) {
        setId("pipeline-pane");
        setPadding(new Insets(8));
        ComboBox<Action.Defect> defect = new ComboBox<>();
        defect.getItems().setAll(Action.Defect.values());
        defect.setValue(Action.Defect.NONE);
        defect.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Action.Defect d) {
                return d == null ? "" : switch (d) {
                    case NONE -> "none";
                    case CAUGHT_BY_UNIT_TESTS -> "one unit tests catch";
                    case CAUGHT_BY_INTEGRATION_TESTS -> "one only integration tests catch";
                    case MISSED_BY_TESTS -> "one no test catches";
                };
            }

            @Override
            public Action.Defect fromString(String text) {
                for (Action.Defect d : Action.Defect.values()) {
                    if (toString(d).equals(text)) {
                        return d;
                    }
                }
                return Action.Defect.NONE;
            }
        });
        Tips.set(defect, "Plant a hidden defect: caught by unit tests, only by integration tests, or by none");
        Button change = new Button("Change code");
        change.setId("pipeline-change");
        Tips.set(change, "A 120-line change to the service (hot reload in Development)");
        change.setOnAction(e -> model.changeCode(120, 0.1, defect.getValue()));
        Button commit = new Button("Commit & push");
        commit.setId("pipeline-commit");
        Tips.set(commit, "Run the pending changes through the pipeline");
        commit.setOnAction(e -> model.commit("change from the dashboard"));
        Button approve = new Button("Approve");
        approve.setId("pipeline-approve");
        Tips.set(approve, "Let the run waiting at the approval gate go on to production");
        approve.setOnAction(e -> model.approve());
        Label title = new Label();
        title.setId("pipeline-title");
        title.textProperty().bind(model.titleProperty());
        HBox actions = new HBox(8, new Label("Plant a defect:"), defect, change, commit, approve, title);
        actions.setAlignment(Pos.CENTER_LEFT);
        strip.setId("pipeline-strip");
        strip.setAlignment(Pos.CENTER_LEFT);
        Label summary = new Label();
        summary.setId("pipeline-dora");
        summary.textProperty().bind(model.doraProperty());
        setCenter(new VBox(10, actions, strip, dora, summary));
        model.stages().addListener((ListChangeListener<PipelineModel.StageCell>) c -> redraw(model));
    }

    private void redraw(PipelineModel model) {
        strip.getChildren().clear();
        for (PipelineModel.StageCell cell : model.stages()) {
            Label box = new Label(cell.name() + "\n" + cell.status().name().toLowerCase());
            box.getStyleClass().addAll("pipeline-stage", "stage-" + cell.status().name().toLowerCase());
            Tips.set(box, cell.detail().isEmpty() ? cell.name() : cell.detail());
            box.setMinWidth(110);
            strip.getChildren().add(box);
        }
    }
}
