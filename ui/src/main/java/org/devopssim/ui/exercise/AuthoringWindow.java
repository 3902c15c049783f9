package org.devopssim.ui.exercise;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.devopssim.simulation.codec.AtomicFiles;
import org.devopssim.simulation.codec.TopologyFileException;
import org.devopssim.simulation.codec.TopologyFileException.Problem;
import org.devopssim.simulation.model.Node;
import org.devopssim.simulation.scenario.ActionScript;
import org.devopssim.simulation.scenario.Durations;
import org.devopssim.ui.exercise.ExerciseDraft.HintRow;
import org.devopssim.ui.exercise.ExerciseDraft.Incident;
import org.devopssim.ui.exercise.ExerciseDraft.ObjectiveRow;
import org.devopssim.ui.operate.ActionForm;
import org.devopssim.ui.theme.ThemeManager;

/**
 * Writing an exercise: its texts and settings, a timeline of incidents on the system's nodes,
 * graded objectives with weights, timed hints and the actions the student may use. Every edit
 * rebuilds the draft and lists its problems by field (the rows at fault are marked); Save As and
 * Try It only go ahead with none. Saving writes the file atomically off the FX thread.
 */
final class AuthoringWindow {

    /** What a new objective row starts with, per kind: a typical threshold a teacher edits. */
    private static final Map<String, List<String>> OBJECTIVE_DEFAULTS = Map.of(
            "availability", List.of("99.5", ""), "latency-p95", List.of("500", ""),
            "error-budget", List.of("99.0", "50"), "cost-cap", List.of("50", ""),
            "recovery-time", List.of("5m", ""), "no-data-lost", List.of("", ""),
            "stale-reads", List.of("5", "2m"), "security-posture", List.of("0", ""));

    private final Stage stage = new Stage();
    private final ExerciseDraft start;
    private final Background background;
    private final Consumer<Drill> tryIt;
    private final TextField id = field("authoring-id");
    private final TextField title = field("authoring-title");
    private final TextField seed = field("authoring-seed");
    private final TextField timeLimit = field("authoring-time-limit");
    private final TextField workloadStart = field("authoring-workload-start");
    private final TextArea briefing = area("authoring-briefing");
    private final TextArea debrief = area("authoring-debrief");
    private final TextArea expertNotes = area("authoring-expert-notes");
    private final ObservableList<Incident> incidents = FXCollections.observableArrayList();
    private final ObservableList<ObjectiveRow> objectives = FXCollections.observableArrayList();
    private final ObservableList<HintRow> hints = FXCollections.observableArrayList();
    private final Set<String> allowed = new LinkedHashSet<>();
    private final ListView<String> problemList = new ListView<>();
    private final Label status = new Label();
    private final Button save = new Button("Save As…");
    private final Button play = new Button("Try It");
    private List<Problem> problems = List.of();
    private Path file;

    AuthoringWindow(ExerciseDraft draft, Path file, Background background, Consumer<Drill> tryIt, ThemeManager themes,
                    Window owner) {
        this.start = draft;
        this.file = file;
        this.background = background;
        this.tryIt = tryIt;
        id.setText(draft.id());
        title.setText(draft.title());
        seed.setText(draft.seed());
        timeLimit.setText(draft.timeLimit());
        workloadStart.setText(draft.workloadStart());
        workloadStart.setPromptText("as the topology (e.g. 2026-03-03T15:00:00Z)");
        briefing.setText(draft.briefing());
        debrief.setText(draft.debrief());
        expertNotes.setText(draft.expertNotes());
        incidents.setAll(draft.incidents());
        objectives.setAll(draft.objectives());
        hints.setAll(draft.hints());
        allowed.addAll(draft.allowedActions());

        SplitPane split = new SplitPane(settings(), tables());
        split.setDividerPositions(0.34);
        VBox.setVgrow(split, Priority.ALWAYS);
        problemList.setId("authoring-problems");
        problemList.setPrefHeight(90);
        problemList.setMinHeight(72); // the problems are what the author must see, never squeezed away
        status.setId("authoring-status");
        save.setId("authoring-save");
        save.setOnAction(e -> chooseFileAndSave());
        play.setId("authoring-try");
        play.setOnAction(e -> tryIt());
        Button close = new Button("Close");
        close.setOnAction(e -> stage.close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, status, gap, play, save, close);
        VBox root = new VBox(8, split, new Label("Problems (fix these to save or try the exercise):"), problemList, buttons);
        root.setPadding(new Insets(10));
        root.setId("authoring-window");

        List.<javafx.scene.control.TextInputControl>of(id, title, seed, timeLimit, workloadStart, briefing, debrief,
                expertNotes).forEach(f -> f.textProperty().addListener((obs, o, n) -> validate()));
        // As large as it reads best, but never beyond a small screen (a laptop, a headless test screen).
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1280, screen.getWidth() - 40), Math.min(820, screen.getHeight() - 40));
        themes.manage(scene);
        stage.setScene(scene);
        stage.initOwner(owner);
        stage.setTitle((file == null ? "New Exercise" : "Edit Exercise — " + file.getFileName()));
        validate();
    }

    void show() {
        stage.show();
    }

    Stage stage() {
        return stage;
    }

    // ---- layout --------------------------------------------------------------------------------

    private VBox settings() {
        GridPane grid = new GridPane(8, 6);
        int row = 0;
        for (var p : List.of(Map.entry("Id", id), Map.entry("Title", title), Map.entry("Seed", seed),
                Map.entry("Time limit", timeLimit), Map.entry("Workload start", workloadStart))) {
            grid.addRow(row++, new Label(p.getKey()), p.getValue());
            GridPane.setHgrow(p.getValue(), Priority.ALWAYS);
        }
        String where = switch (start.setup()) {
            case org.devopssim.simulation.exercise.Setup.Inline i -> "System: the topology \"" + i.topology().name()
                    + "\" (" + i.topology().nodes().size() + " nodes), embedded in the file";
            case org.devopssim.simulation.exercise.Setup.Preset p -> "System: the " + p.name() + " preset";
        };
        Label system = new Label(where);
        system.setWrapText(true);
        VBox box = new VBox(6, grid, system, new Label("Briefing (shown before the start)"), briefing,
                new Label("Debrief (shown after grading)"), debrief, new Label("Expert notes (optional)"), expertNotes);
        box.setPadding(new Insets(4));
        return box;
    }

    private VBox tables() {
        VBox box = new VBox(6, section("Incidents (timeline)", incidentTable(), this::addIncident, "incident"),
                section("Objectives", objectiveTable(), this::addObjective, "objective"),
                section("Hints", hintTable(), this::addHint, "hint"), allowedPane());
        box.setPadding(new Insets(4));
        return box;
    }

    private VBox section(String heading, TableView<?> table, Runnable add, String what) {
        Button plus = new Button("Add");
        plus.setId("authoring-add-" + what);
        plus.setOnAction(e -> add.run());
        Button minus = new Button("Remove");
        minus.setId("authoring-remove-" + what);
        minus.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        minus.setOnAction(e -> {
            table.getItems().remove(table.getSelectionModel().getSelectedIndex());
            validate();
        });
        Label label = new Label(heading);
        label.setStyle("-fx-font-weight: bold");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox section = new VBox(4, new HBox(6, label, gap, plus, minus), table);
        VBox.setVgrow(section, Priority.ALWAYS);
        return section;
    }

    private TableView<Incident> incidentTable() {
        TableView<Incident> table = table("authoring-incidents", incidents, "$.timeline");
        List<String> targets = new ArrayList<>();
        targets.add("");
        start.system().nodes().stream().map(Node::id).forEach(targets::add);
        table.getColumns().setAll(
                text("Time", 80, Incident::at, (r, v) -> new Incident(v, r.action(), r.target(), r.parameters(), r.duration())),
                choice("Fault", 150, ExerciseDraft.faultNames(), Incident::action, (r, v) -> new Incident(r.at(), v, r.target(),
                        defaults(v), r.duration())),
                choice("Target", 140, targets, Incident::target, (r, v) -> new Incident(r.at(), r.action(), v, r.parameters(),
                        r.duration())),
                text("Parameters", 200, Incident::parameters, (r, v) -> new Incident(r.at(), r.action(), r.target(), v,
                        r.duration())),
                text("Duration", 80, Incident::duration, (r, v) -> new Incident(r.at(), r.action(), r.target(), r.parameters(), v)));
        return table;
    }

    private TableView<ObjectiveRow> objectiveTable() {
        TableView<ObjectiveRow> table = table("authoring-objectives", objectives, "$.objectives");
        TableColumn<ObjectiveRow, String> fields = new TableColumn<>("Fields");
        fields.setPrefWidth(200);
        fields.setEditable(false);
        fields.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                String.join(", ", ExerciseDraft.OBJECTIVE_FIELDS.getOrDefault(c.getValue().kind(), List.of()))));
        table.getColumns().setAll(
                choice("Objective", 140, List.copyOf(ExerciseDraft.OBJECTIVE_FIELDS.keySet()), ObjectiveRow::kind,
                        (r, v) -> new ObjectiveRow(v, OBJECTIVE_DEFAULTS.get(v).get(0), OBJECTIVE_DEFAULTS.get(v).get(1),
                                r.weight())),
                fields,
                text("Value 1", 90, ObjectiveRow::first, (r, v) -> new ObjectiveRow(r.kind(), v, r.second(), r.weight())),
                text("Value 2", 90, ObjectiveRow::second, (r, v) -> new ObjectiveRow(r.kind(), r.first(), v, r.weight())),
                text("Weight", 70, ObjectiveRow::weight, (r, v) -> new ObjectiveRow(r.kind(), r.first(), r.second(), v)));
        return table;
    }

    private TableView<HintRow> hintTable() {
        TableView<HintRow> table = table("authoring-hints", hints, "$.hints");
        TableColumn<HintRow, String> text = text("Text", 520, HintRow::text, (r, v) -> new HintRow(r.at(), v));
        table.getColumns().setAll(text("Time", 80, HintRow::at, (r, v) -> new HintRow(v, r.text())), text);
        return table;
    }

    private TitledPane allowedPane() {
        FlowPane boxes = new FlowPane(10, 4);
        for (String name : ActionScript.actionNames()) {
            CheckBox box = new CheckBox(name);
            box.setId("authoring-allow-" + name);
            box.setSelected(allowed.contains(name));
            box.selectedProperty().addListener((obs, o, on) -> {
                if (on) {
                    allowed.add(name);
                } else {
                    allowed.remove(name);
                }
                validate();
            });
            boxes.getChildren().add(box);
        }
        TitledPane pane = new TitledPane("Allowed actions (the student may use only these)", boxes);
        pane.setCollapsible(false);
        return pane;
    }

    /** An editable table whose rows are marked when a problem's path points into them. */
    private <R> TableView<R> table(String tableId, ObservableList<R> rows, String path) {
        TableView<R> table = new TableView<>(rows);
        table.setId(tableId);
        table.setEditable(true);
        table.setPrefHeight(130);
        table.setMinHeight(90);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(R item, boolean empty) {
                super.updateItem(item, empty);
                String prefix = path + "[" + getIndex() + "]";
                List<String> mine = empty ? List.of() : problems.stream()
                        .filter(p -> p.path().startsWith(prefix)).map(p -> p.path().substring(prefix.length()) + " "
                                + p.message()).toList();
                setStyle(mine.isEmpty() ? "" : "-fx-background-color: rgba(220, 50, 47, 0.25)");
                setTooltip(mine.isEmpty() ? null : new Tooltip(String.join("\n", mine)));
            }
        });
        return table;
    }

    private <R> TableColumn<R, String> text(String heading, double width, Function<R, String> get, BiFunction<R, String, R> set) {
        TableColumn<R, String> c = column(heading, width, get, set);
        c.setCellFactory(TextFieldTableCell.forTableColumn());
        return c;
    }

    private <R> TableColumn<R, String> choice(String heading, double width, List<String> choices, Function<R, String> get,
                                              BiFunction<R, String, R> set) {
        TableColumn<R, String> c = column(heading, width, get, set);
        c.setCellFactory(ComboBoxTableCell.forTableColumn(FXCollections.observableArrayList(choices)));
        return c;
    }

    private <R> TableColumn<R, String> column(String heading, double width, Function<R, String> get, BiFunction<R, String, R> set) {
        TableColumn<R, String> c = new TableColumn<>(heading);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(get.apply(cell.getValue())));
        c.setOnEditCommit(e -> {
            ObservableList<R> items = e.getTableView().getItems();
            items.set(e.getTablePosition().getRow(), set.apply(e.getRowValue(), e.getNewValue() == null ? "" : e.getNewValue()));
            validate();
        });
        return c;
    }

    // ---- rows ----------------------------------------------------------------------------------

    private void addIncident() {
        long last = incidents.stream().mapToLong(r -> seconds(r.at())).filter(s -> s < Long.MAX_VALUE).max().orElse(0);
        incidents.add(new Incident(Durations.format(last + 300), ActionForm.INSTANCE_CRASH.actionName(), "",
                defaults(ActionForm.INSTANCE_CRASH.actionName()), ""));
        validate();
    }

    private void addObjective() {
        String kind = ExerciseDraft.OBJECTIVE_FIELDS.keySet().stream()
                .filter(k -> objectives.stream().noneMatch(o -> o.kind().equals(k))).findFirst().orElse("availability");
        objectives.add(new ObjectiveRow(kind, OBJECTIVE_DEFAULTS.get(kind).get(0), OBJECTIVE_DEFAULTS.get(kind).get(1), "50"));
        validate();
    }

    private void addHint() {
        hints.add(new HintRow(Durations.format(hints.stream().mapToLong(h -> seconds(h.at()))
                .filter(s -> s < Long.MAX_VALUE).max().orElse(0) + 120), "Look at the alerts."));
        validate();
    }

    /** The form's parameters at their defaults, as the Parameters cell shows them. */
    private static String defaults(String action) {
        try {
            return String.join(", ", ActionForm.named(action).parameters().stream()
                    .map(p -> p.key() + "=" + p.defaultValue()).toList());
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static long seconds(String at) {
        try {
            return Durations.parseSeconds(at.strip());
        } catch (IllegalArgumentException | NullPointerException e) {
            return Long.MAX_VALUE; // unreadable times sort last, where their problem is shown
        }
    }

    // ---- building, saving, trying --------------------------------------------------------------

    ExerciseDraft draft() {
        return new ExerciseDraft(id.getText(), title.getText(), briefing.getText(), debrief.getText(), expertNotes.getText(),
                start.setup(), start.system(), seed.getText(), timeLimit.getText(), workloadStart.getText(),
                start.workload(), incidents, objectives, hints, allowed);
    }

    /** Keeps incidents and hints in time order, rebuilds the draft and shows what is wrong, by field. */
    private ExerciseDraft.Built validate() {
        sortByTime(incidents, Incident::at);
        sortByTime(hints, HintRow::at);
        ExerciseDraft.Built built = null;
        try {
            built = draft().build();
            problems = List.of();
        } catch (TopologyFileException e) {
            problems = e.problems();
        }
        problemList.getItems().setAll(problems.stream().map(p -> describe(p.path()) + ": " + p.message()).toList());
        status.setText(problems.isEmpty() ? "Ready: the exercise reads back without problems." : problems.size() + " problem(s)");
        refreshRows();
        return built;
    }

    private <R> void sortByTime(ObservableList<R> rows, Function<R, String> at) {
        List<R> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingLong(r -> seconds(at.apply(r))));
        if (!sorted.equals(rows)) {
            rows.setAll(sorted);
        }
    }

    private void refreshRows() {
        if (stage.getScene() != null) {
            stage.getScene().getRoot().lookupAll(".table-view").forEach(n -> ((TableView<?>) n).refresh());
        }
    }

    /** A JSON path as the author knows the field: "Incident 2, target", "Seed". */
    static String describe(String path) {
        var m = java.util.regex.Pattern.compile("\\$\\.(timeline|objectives|hints)\\[(\\d+)](?:\\.(\\w+))?(.*)").matcher(path);
        if (m.matches()) {
            String row = switch (m.group(1)) {
                case "timeline" -> "Incident ";
                case "objectives" -> "Objective ";
                default -> "Hint ";
            };
            return row + (Integer.parseInt(m.group(2)) + 1) + (m.group(3) == null ? "" : ", " + m.group(3));
        }
        return path.equals("$") ? "Exercise" : path.replaceFirst("^\\$\\.", "");
    }

    private ExerciseDraft.Built builtOrExplain(String doing) {
        ExerciseDraft.Built built = validate();
        if (built == null) {
            Alert alert = new Alert(Alert.AlertType.WARNING, String.join("\n", problemList.getItems()));
            alert.initOwner(stage);
            alert.setTitle("Exercise");
            alert.setHeaderText("Cannot " + doing + ": " + problems.size() + " problem(s) to fix first");
            alert.getDialogPane().setId("authoring-cannot");
            alert.show();
        }
        return built;
    }

    private void chooseFileAndSave() {
        if (builtOrExplain("save") == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the exercise");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("DevOps Simulator exercise", "*.dsexercise"));
        chooser.setInitialFileName(file != null ? file.getFileName().toString() : id.getText().strip() + ".dsexercise");
        if (file != null && file.getParent() != null) {
            chooser.setInitialDirectory(file.getParent().toFile());
        }
        File chosen = chooser.showSaveDialog(stage);
        if (chosen != null) {
            saveTo(chosen.toPath(), () -> { });
        }
    }

    /** Validates, then writes atomically on the classroom's I/O thread; {@code then} runs on the FX thread once written. */
    boolean saveTo(Path target, Runnable then) {
        ExerciseDraft.Built built = builtOrExplain("save");
        if (built == null) {
            return false;
        }
        status.setText("Saving…");
        background.run(() -> {
            AtomicFiles.write(target, built.json());
            return target;
        }, saved -> {
            file = saved;
            stage.setTitle("Edit Exercise — " + saved.getFileName());
            status.setText("Saved " + saved);
            then.run();
        }, e -> {
            status.setText("Not saved");
            Alert alert = new Alert(Alert.AlertType.ERROR, "Could not write " + target + ": " + e.getMessage());
            alert.initOwner(stage);
            alert.show();
        });
        return true;
    }

    private void tryIt() {
        ExerciseDraft.Built built = builtOrExplain("try the exercise");
        if (built != null) {
            tryIt.accept(new Drill(built.exercise(), built.json(), List.of(),
                    file == null ? "new exercise (unsaved)" : file.getFileName().toString()));
        }
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        return f;
    }

    private static TextArea area(String id) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setWrapText(true);
        a.setPrefRowCount(4);
        return a;
    }
}
