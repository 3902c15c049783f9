package org.devopssim.ui.exercise;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.devopssim.simulation.codec.AtomicFiles;
import org.devopssim.ui.theme.ThemeManager;

/**
 * Past attempts in a table filtered by drill and by name: the run history (a student's own, to
 * reopen a debrief or compare two runs' charts) and the instructor's class results (with CSV export).
 */
final class ResultsWindow {

    static final String ALL = "All drills";

    private final Stage stage = new Stage();
    private final ObservableList<AttemptStore.Summary> rows = FXCollections.observableArrayList();
    private final FilteredList<AttemptStore.Summary> shown = new FilteredList<>(rows);
    private final ComboBox<String> drill = new ComboBox<>();
    private final TextField name = new TextField();
    private final TableView<AttemptStore.Summary> table = new TableView<>(shown);
    private final Label status = new Label();
    private final Classroom classroom;
    private final Function<String, String> titles;

    /**
     * @param instructor the class results (every attempt, CSV export) rather than one's run history
     * @param profile    the name a run history starts filtered on, or null
     */
    ResultsWindow(Classroom classroom, Window owner, ThemeManager themes, boolean instructor, String profile) {
        this.classroom = classroom;
        this.titles = classroom::titleOf;
        stage.initOwner(owner);
        stage.setTitle(instructor ? "Class Results" : "Run History");
        drill.setId("results-drill");
        drill.getItems().add(ALL);
        drill.setValue(ALL);
        name.setId("results-name");
        name.setPromptText("name contains…");
        if (profile != null && !instructor) {
            name.setText(profile);
        }
        drill.valueProperty().addListener((obs, o, n) -> filter());
        name.textProperty().addListener((obs, o, n) -> filter());

        table.setId("results-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getColumns().add(DebriefWindow.column("Drill", 280, r -> titles.apply(r.exerciseId())));
        table.getColumns().add(DebriefWindow.column("Name", 160, AttemptStore.Summary::profile));
        table.getColumns().add(DebriefWindow.column("Finished", 150,
                r -> DebriefHtml.WHEN.format(r.finished().atZone(ZoneId.systemDefault()))));
        TableColumn<AttemptStore.Summary, String> score = DebriefWindow.column("Score", 70, r -> String.valueOf(r.score()));
        score.setComparator((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)));
        table.getColumns().add(score);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No attempts yet: finish an exercise (File > Open Exercise…)"));
        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<AttemptStore.Summary> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    classroom.reopen(row.getItem().id(), stage);
                }
            });
            return row;
        });

        Button open = new Button("Open debrief");
        open.setId("results-open");
        open.disableProperty().bind(Bindings.size(table.getSelectionModel().getSelectedItems()).isNotEqualTo(1));
        open.setOnAction(e -> classroom.reopen(table.getSelectionModel().getSelectedItem().id(), stage));
        Button compare = new Button("Compare charts");
        compare.setId("results-compare");
        compare.disableProperty().bind(Bindings.size(table.getSelectionModel().getSelectedItems()).isNotEqualTo(2));
        compare.setOnAction(e -> {
            List<AttemptStore.Summary> two = List.copyOf(table.getSelectionModel().getSelectedItems());
            classroom.compare(two.get(0).id(), two.get(1).id(), stage);
        });
        Button refresh = new Button("Refresh");
        refresh.setOnAction(e -> load());
        HBox filters = new HBox(8, new Label("Drill"), drill, new Label("Name"), name, refresh);
        filters.setAlignment(Pos.CENTER_LEFT);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, status, gap, open, compare);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        if (instructor) {
            Button csv = new Button("Export CSV…");
            csv.setId("results-csv");
            csv.setOnAction(e -> exportCsv());
            Button importPack = new Button("Import pack…");
            importPack.setOnAction(e -> classroom.importPack(stage));
            Button exportPack = new Button("Export pack…");
            exportPack.setOnAction(e -> classroom.exportPack(stage));
            buttons.getChildren().addAll(csv, importPack, exportPack);
        }
        VBox root = new VBox(8, filters, table, buttons);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.setPadding(new Insets(10));
        root.setId(instructor ? "class-results" : "run-history");
        Scene scene = new Scene(root, 820, 520);
        themes.manage(scene);
        stage.setScene(scene);
        load();
    }

    void show() {
        stage.show();
    }

    Stage stage() {
        return stage;
    }

    /** The rows the filters let through, in the table's order. */
    List<AttemptStore.Summary> shownRows() {
        return new ArrayList<>(table.getItems());
    }

    void load() {
        status.setText("Loading…");
        classroom.background().run(() -> classroom.store().attempts(), list -> {
            rows.setAll(list.reversed());
            List<String> ids = new ArrayList<>(list.stream().map(AttemptStore.Summary::exerciseId).distinct().sorted().toList());
            String chosen = drill.getValue();
            drill.getItems().setAll(ALL);
            ids.forEach(id -> drill.getItems().add(id));
            drill.setConverter(new javafx.util.StringConverter<>() {
                @Override
                public String toString(String id) {
                    return id == null || id.equals(ALL) ? ALL : titles.apply(id);
                }

                @Override
                public String fromString(String s) {
                    return s;
                }
            });
            drill.setValue(drill.getItems().contains(chosen) ? chosen : ALL);
            filter();
        }, e -> {
            status.setText("Could not read the attempts");
            classroom.failed(e);
        });
    }

    private void filter() {
        String d = drill.getValue();
        String n = name.getText() == null ? "" : name.getText().strip().toLowerCase(Locale.ROOT);
        shown.setPredicate(r -> (d == null || d.equals(ALL) || r.exerciseId().equals(d))
                && (n.isEmpty() || r.profile().toLowerCase(Locale.ROOT).contains(n)));
        status.setText(shown.size() + " of " + rows.size() + " attempt(s)");
    }

    private void exportCsv() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the class's results as CSV");
        chooser.setInitialFileName("class-results.csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File file = chooser.showSaveDialog(stage);
        if (file == null) {
            return;
        }
        String csv = ClassResultsCsv.write(shownRows(), titles);
        classroom.background().run(() -> {
            AtomicFiles.write(file.toPath(), csv.getBytes(StandardCharsets.UTF_8));
            return file;
        }, saved -> status.setText("Saved " + saved), classroom::failed);
    }
}
