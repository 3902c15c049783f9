package org.devopssim.ui.edit;

import static org.devopssim.ui.edit.FormParts.error;
import static org.devopssim.ui.edit.FormParts.name;
import static org.devopssim.ui.edit.FormParts.showError;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.devopssim.simulation.model.Delivery;
import org.devopssim.simulation.model.PipelineStage;
import org.devopssim.simulation.model.Topology;
import org.devopssim.ui.model.Selection;
import org.devopssim.ui.view.Tips;

/**
 * The topology's delivery settings in the inspector when no node is selected: they belong to the
 * whole topology, as a node's properties belong to the node, and are edited the same way. Numbers
 * are checked as they are typed (the reason shows under the field, nothing is applied); Enter or
 * leaving the field applies a valid value as one undoable edit; choices, the approval gate and
 * the stage buttons apply at once. The engine reads these settings when a run starts, so during a
 * run they apply at Reset, like other structural edits.
 */
public final class DeliveryEditor extends VBox {


    private final TopologyDocument document;
    private final Selection selection;
    private final Consumer<String> refusal;
    private final ChoiceBox<Delivery.Strategy> strategy = choice("delivery-strategy", Delivery.Strategy.values());
    private final ChoiceBox<Delivery.Rollback> rollback = choice("delivery-rollback", Delivery.Rollback.values());
    private final TextField surge = new TextField();
    private final TextField unavailable = new TextField();
    private final Label surgeError = error("delivery-surge-error");
    private final Label unavailableError = error("delivery-unavailable-error");
    private final CheckBox approval = new CheckBox("Manual approval before production");
    private final VBox stageRows = new VBox(2);
    private final Label refused = error("delivery-refused");
    /** Stage kinds shown, to rebuild the rows only when the list's shape changes (so focus stays). */
    private List<PipelineStage.Kind> shownKinds = List.of();
    private List<TextField> durations = List.of();
    private List<Label> durationErrors = List.of();
    /** Set while values are written into the controls, so that is not taken for the user's input. */
    private boolean filling;

    public DeliveryEditor(TopologyDocument document, Selection selection, Consumer<String> refusal) {
        this.document = document;
        this.selection = selection;
        this.refusal = refusal;
        setId("delivery-editor");
        setSpacing(4);
        Label header = new Label("Delivery pipeline");
        header.getStyleClass().add("section-title");
        Label hint = new Label("How commits reach production, for the whole topology. Saved with the topology file;"
                + " during a run, changes apply at Reset.");
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);

        strategy.valueProperty().addListener((obs, o, v) -> apply(v, DeliveryEdits::strategy));
        rollback.valueProperty().addListener((obs, o, v) -> apply(v, DeliveryEdits::rollback));
        percent(surge, "delivery-surge", surgeError, DeliveryEdits::maxSurge,
                "Extra instances a rolling update may start, in percent of the count (Kubernetes' maxSurge)");
        percent(unavailable, "delivery-unavailable", unavailableError, DeliveryEdits::maxUnavailable,
                "Instances a rolling update may take out of service, in percent (Kubernetes' maxUnavailable)");
        approval.setId("delivery-approval");
        Tips.set(approval, "Each pipeline run waits at an approval gate until someone approves it");
        approval.selectedProperty().addListener((obs, o, on) -> {
            if (!filling) {
                execute(DeliveryEdits.approvalGate(on));
            }
        });

        GridPane grid = FormParts.grid();
        int row = 0;
        grid.add(name("Strategy"), 0, row);
        grid.add(strategy, 1, row++);
        grid.add(name("Rollback"), 0, row);
        grid.add(rollback, 1, row++);
        grid.add(name("Max surge %"), 0, row);
        grid.add(surge, 1, row++);
        grid.add(surgeError, 1, row++);
        grid.add(name("Max unavailable %"), 0, row);
        grid.add(unavailable, 1, row++);
        grid.add(unavailableError, 1, row);

        ChoiceBox<PipelineStage.Kind> kind = choice("delivery-add-kind", PipelineStage.Kind.values());
        kind.setConverter(converter(PipelineStage.Kind::label));
        kind.setValue(PipelineStage.Kind.INTEGRATION_TESTS);
        kind.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(kind, Priority.ALWAYS);
        Button add = new Button("Add stage");
        add.setId("delivery-add");
        Tips.set(add, "Adds the stage before the production deploy (60 s; approvals and deploys 0 s)");
        add.setOnAction(e -> execute(DeliveryEdits.addStage(kind.getValue(), defaultDuration(kind.getValue()))));
        HBox adding = new HBox(6, kind, add);
        adding.setAlignment(Pos.CENTER_LEFT);

        Label stagesHeader = name("Stages, in order");
        stageRows.setId("delivery-stages");
        getChildren().addAll(header, hint, grid, approval, stagesHeader, stageRows, adding, refused);
        selection.nodeIdProperty().addListener((obs, o, id) -> show());
        document.topologyProperty().addListener((obs, o, t) -> show());
        show();
    }

    private static int defaultDuration(PipelineStage.Kind kind) {
        return kind == PipelineStage.Kind.APPROVAL || kind == PipelineStage.Kind.DEPLOY_PRODUCTION ? 0 : 60;
    }

    private void show() {
        boolean visible = selection.getNodeId() == null;
        setVisible(visible);
        setManaged(visible);
        if (!visible) {
            return;
        }
        Topology t = document.topology();
        Delivery d = DeliveryEdits.delivery(t);
        List<PipelineStage> stages = DeliveryEdits.stages(t);
        List<PipelineStage.Kind> kinds = stages.stream().map(PipelineStage::kind).toList();
        if (!kinds.equals(shownKinds)) {
            rebuildStages(stages);
        }
        filling = true;
        try {
            strategy.setValue(d.strategy());
            rollback.setValue(d.rollback());
            setText(surge, String.valueOf(d.maxSurgePercent() == null ? 25 : d.maxSurgePercent()));
            setText(unavailable, String.valueOf(d.maxUnavailablePercent() == null ? 25 : d.maxUnavailablePercent()));
            approval.setSelected(DeliveryEdits.approvalGate(t));
            for (int i = 0; i < stages.size(); i++) {
                setText(durations.get(i), String.valueOf(stages.get(i).durationSeconds()));
                showError(durations.get(i), durationErrors.get(i), Optional.empty());
            }
            showError(surge, surgeError, Optional.empty());
            showError(unavailable, unavailableError, Optional.empty());
        } finally {
            filling = false;
        }
        showRefusal(null);
    }

    private void rebuildStages(List<PipelineStage> stages) {
        // First: a field that loses focus as its row goes must not apply its text to another stage.
        durations = List.of();
        stageRows.getChildren().clear();
        List<TextField> fields = new java.util.ArrayList<>();
        List<Label> errors = new java.util.ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            int index = i;
            PipelineStage s = stages.get(i);
            Label name = new Label((i + 1) + ". " + s.kind().label());
            name.setId("delivery-stage-" + i);
            name.setMinWidth(60);
            name.setPrefWidth(110); // the same for every row, so the durations line up
            name.setMaxWidth(Double.MAX_VALUE);
            name.setWrapText(true);
            name.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            HBox.setHgrow(name, Priority.ALWAYS);
            TextField duration = new TextField();
            duration.setId("delivery-stage-" + i + "-duration");
            duration.setPrefColumnCount(3);
            duration.setMinWidth(46);
            Tips.set(duration, s.kind().label() + ": how long the stage takes, in seconds");
            Label error = error("delivery-stage-" + i + "-error");
            duration.textProperty().addListener((obs, o, text) -> {
                if (!filling) {
                    showError(duration, error, DeliveryEdits.durationError(text));
                }
            });
            Runnable commit = () -> {
                if (durations.contains(duration)) {
                    commitNumber(duration, error, DeliveryEdits::durationError, v -> DeliveryEdits.duration(index, v),
                            String.valueOf(DeliveryEdits.stages(document.topology()).get(index).durationSeconds()));
                }
            };
            duration.setOnAction(e -> commit.run());
            duration.focusedProperty().addListener((obs, was, focused) -> {
                if (!focused) {
                    commit.run();
                }
            });
            HBox row = new HBox(3, name, duration, new Label("s"),
                    button("\u2191", "delivery-stage-" + i + "-up", "Move earlier", () -> DeliveryEdits.moveStage(index, -1)),
                    button("\u2193", "delivery-stage-" + i + "-down", "Move later", () -> DeliveryEdits.moveStage(index, 1)),
                    button("\u2715", "delivery-stage-" + i + "-remove", "Remove this stage", () -> DeliveryEdits.removeStage(index)));
            row.setAlignment(Pos.CENTER_LEFT);
            stageRows.getChildren().addAll(row, error);
            fields.add(duration);
            errors.add(error);
        }
        durations = fields;
        durationErrors = errors;
        shownKinds = stages.stream().map(PipelineStage::kind).toList();
    }

    private Button button(String text, String id, String tip, java.util.function.Supplier<Edit> edit) {
        Button b = new Button(text);
        b.setId(id);
        Tips.set(b, tip);
        b.setFocusTraversable(false);
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        b.setStyle("-fx-padding: 2 5 2 5;");
        b.setOnAction(e -> execute(edit.get()));
        return b;
    }

    private void percent(TextField field, String id, Label error, IntFunction<Edit> edit, String tip) {
        field.setId(id);
        Tips.set(field, tip);
        field.textProperty().addListener((obs, o, text) -> {
            if (!filling) {
                showError(field, error, DeliveryEdits.percentError(text));
            }
        });
        Runnable commit = () -> {
            Delivery d = DeliveryEdits.delivery(document.topology());
            Integer current = field == surge ? d.maxSurgePercent() : d.maxUnavailablePercent();
            commitNumber(field, error, DeliveryEdits::percentError, edit, String.valueOf(current == null ? 25 : current));
        };
        field.setOnAction(e -> commit.run());
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commit.run();
            }
        });
    }

    private void commitNumber(TextField field, Label error, Function<String, Optional<String>> check,
                              IntFunction<Edit> edit, String current) {
        String text = field.getText().strip();
        if (filling || text.equals(current)) {
            return;
        }
        Optional<String> problem = check.apply(text);
        showError(field, error, problem);
        if (problem.isEmpty()) {
            execute(edit.apply(Integer.parseInt(text)));
        }
    }

    private <T> void apply(T value, Function<T, Edit> edit) {
        if (!filling && value != null) {
            execute(edit.apply(value));
        }
    }

    /** Runs the edit; a refusal is shown here and told to the window, and the controls go back to the document. */
    private void execute(Edit edit) {
        try {
            document.execute(edit);
        } catch (EditRefusedException e) {
            show();
            showRefusal(e.getMessage());
            refusal.accept(e.getMessage());
        }
    }

    private void showRefusal(String message) {
        refused.setText(message == null ? "" : message);
        refused.setVisible(message != null);
        refused.setManaged(message != null);
    }

    private static void setText(TextField field, String text) {
        if (!field.getText().equals(text)) {
            field.setText(text);
        }
    }

    private static <E extends Enum<E>> ChoiceBox<E> choice(String id, E[] values) {
        ChoiceBox<E> box = new ChoiceBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(converter(e -> PropertyEditor.words(e.name())));
        return box;
    }

    private static <E extends Enum<E>> StringConverter<E> converter(Function<E, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(E e) {
                return e == null ? "" : text.apply(e);
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        };
    }
}
