package org.devopssim.ui.exercise;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.devopssim.simulation.codec.AtomicFiles;
import org.devopssim.simulation.codec.TopologyFileException;
import org.devopssim.simulation.engine.TimedAction;
import org.devopssim.simulation.exercise.Attempt;
import org.devopssim.simulation.exercise.Debrief;
import org.devopssim.simulation.exercise.Exercise;
import org.devopssim.simulation.model.Topology;
import org.devopssim.simulation.exercise.ExercisePack;
import org.devopssim.simulation.exercise.ExerciseReader;
import org.devopssim.simulation.exercise.ExerciseRun;
import org.devopssim.simulation.exercise.GradeReport;
import org.devopssim.simulation.exercise.ObjectiveResult;
import org.devopssim.simulation.scenario.ActionScript;
import org.devopssim.simulation.scenario.Durations;
import org.devopssim.ui.session.SimulationSession;
import org.devopssim.ui.theme.ThemeManager;
import org.devopssim.ui.view.MainView;

/**
 * The classroom in the window: File > Open Exercise… and the Classroom menu (run history, class
 * results, exercise packs, profile), the exercise panel beside the system, and the debriefs.
 * Everything slow (files, the database, replays, chart images) runs on one background thread.
 */
public final class Classroom {

    /** What the app provides: the drills, how exercises are played and graded, where attempts are kept, who plays. */
    public record Services(DrillShelf shelf, ExerciseRuns runs, AttemptStore store, ProfileMemory profiles) {
    }

    private final Services services;
    private final ThemeManager themes;
    private final Supplier<Window> owner;
    private final Background background = new Background();
    private final ExerciseMode mode;
    private final ExercisePanel panel;
    private final Map<String, Drill> shelf = new LinkedHashMap<>();
    /** The profile chosen in this session, before the preferences have been written. */
    private ProfileMemory.Profile chosenProfile;
    /** The newest debrief shown, e.g. for tests and screenshots. */
    private DebriefWindow lastDebrief;
    private ResultsWindow lastResults;
    private AuthoringWindow lastAuthoring;
    private Supplier<Topology> document;

    public Classroom(Services services, SimulationSession session, MainView view, ThemeManager themes,
                     Supplier<Window> owner) {
        this.services = services;
        this.themes = themes;
        this.owner = owner;
        mode = new ExerciseMode(session, services.runs(), background);
        panel = new ExercisePanel(mode, this::checkResults);
        mode.stateProperty().addListener((obs, o, s) -> view.showSidePanel(s == ExerciseMode.State.NONE ? null : panel));
        mode.onGradedProperty().set(this::graded);
        mode.onFailureProperty().set(this::failed);

        MenuItem open = new MenuItem("Open Exercise…");
        open.setId("menu-open-exercise");
        open.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        open.setOnAction(e -> chooseDrill());
        MenuItem history = new MenuItem("Run History…");
        history.setId("menu-run-history");
        history.setOnAction(e -> showResults(false));
        MenuItem results = new MenuItem("Class Results…");
        results.setId("menu-class-results");
        results.setOnAction(e -> showResults(true));
        MenuItem importPack = new MenuItem("Import Exercise Pack…");
        importPack.setOnAction(e -> importPack(owner.get()));
        MenuItem exportPack = new MenuItem("Export Exercise Pack…");
        exportPack.setOnAction(e -> exportPack(owner.get()));
        MenuItem author = new MenuItem("New Exercise from This Topology…");
        author.setId("menu-new-exercise");
        author.setOnAction(e -> authorFromTopology());
        MenuItem edit = new MenuItem("Edit Exercise…");
        edit.setId("menu-edit-exercise");
        edit.setOnAction(e -> chooseExerciseToEdit());
        MenuItem profile = new MenuItem("Profile…");
        profile.setOnAction(e -> askProfile(chosenProfile != null ? chosenProfile : services.profiles().profile().orElse(null)));
        Menu classroom = new Menu("Classroom", null, history, results, new javafx.scene.control.SeparatorMenuItem(),
                importPack, exportPack, new javafx.scene.control.SeparatorMenuItem(), author, edit,
                new javafx.scene.control.SeparatorMenuItem(), profile);
        classroom.setId("menu-classroom");
        view.addMenus(List.of(open), List.of(classroom));
        // The shelf is read when a menu needs it, not here: reading the drills took a core while the window opened.
    }

    public ExerciseMode mode() {
        return mode;
    }

    Background background() {
        return background;
    }

    AttemptStore store() {
        return services.store();
    }

    String titleOf(String id) {
        Drill d = shelf.get(id);
        return d == null ? id : d.title();
    }

    private void refreshShelf(Runnable then) {
        background.run(() -> services.shelf().drills(), list -> {
            shelf.clear();
            list.forEach(d -> shelf.put(d.id(), d));
            then.run();
        }, this::failed);
    }

    // ---- opening and playing -----------------------------------------------------------------

    /** File > Open Exercise…: the built-in and imported drills, or a drill file from disk. */
    public void chooseDrill() {
        refreshShelf(() -> {
            Dialog<Drill> dialog = new Dialog<>();
            dialog.initOwner(owner.get());
            dialog.setTitle("Open Exercise");
            dialog.setHeaderText("Choose a drill");
            ListView<Drill> list = new ListView<>();
            list.setId("drill-list");
            list.getItems().setAll(shelf.values());
            list.setCellFactory(v -> new ListCell<>() {
                @Override
                protected void updateItem(Drill d, boolean empty) {
                    super.updateItem(d, empty);
                    setText(empty || d == null ? null : "%s   (%s, %s)".formatted(d.title(),
                            Durations.format(d.exercise().timeLimitSeconds()), d.origin()));
                }
            });
            list.setPrefSize(560, 260);
            TextArea about = new TextArea();
            about.setEditable(false);
            about.setWrapText(true);
            about.setPrefHeight(110);
            list.getSelectionModel().selectedItemProperty().addListener((obs, o, d) ->
                    about.setText(d == null ? "" : d.exercise().briefing()));
            list.getSelectionModel().selectFirst();
            ButtonType openType = new ButtonType("Open", ButtonBar.ButtonData.OK_DONE);
            ButtonType fileType = new ButtonType("Open File…", ButtonBar.ButtonData.LEFT);
            dialog.getDialogPane().getButtonTypes().addAll(fileType, openType, ButtonType.CANCEL);
            dialog.getDialogPane().lookupButton(openType).setId("drill-open");
            dialog.getDialogPane().lookupButton(fileType).setId("drill-file");
            dialog.getDialogPane().setContent(new VBox(8, list, about));
            dialog.getDialogPane().setId("drill-chooser");
            themes.manage(dialog.getDialogPane().getScene());
            list.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                    dialog.setResult(list.getSelectionModel().getSelectedItem());
                    dialog.close();
                }
            });
            boolean[] wantsFile = {false};
            dialog.setResultConverter(b -> {
                wantsFile[0] = b == fileType;
                return b == openType ? list.getSelectionModel().getSelectedItem() : null;
            });
            dialog.showAndWait().ifPresent(this::play);
            if (wantsFile[0]) {
                chooseFile();
            }
        });
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open an exercise file");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Exercise", "*.dsexercise", "*.json"));
        File file = chooser.showOpenDialog(owner.get());
        if (file != null) {
            openFile(file.toPath());
        }
    }

    // ---- authoring -----------------------------------------------------------------------------

    /** Where the edited topology comes from, for "New Exercise from This Topology…" (the window sets it). */
    public void authorFrom(Supplier<Topology> document) {
        this.document = document;
    }

    /** Opens the authoring window on a new exercise embedding the edited topology. */
    public void authorFromTopology() {
        if (document != null) {
            author(ExerciseDraft.fromTopology(document.get()), null);
        }
    }

    private void chooseExerciseToEdit() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Edit an exercise file");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Exercise", "*.dsexercise", "*.json"));
        File file = chooser.showOpenDialog(owner.get());
        if (file != null) {
            editFile(file.toPath());
        }
    }

    /** Reads an exercise and its system (a preset is loaded) off the FX thread, then opens it for editing. */
    public void editFile(Path file) {
        background.run(() -> {
            Exercise e = readDrill(file).exercise();
            return ExerciseDraft.of(e, services.runs().topology(e));
        }, draft -> author(draft, file), this::failed);
    }

    private void author(ExerciseDraft draft, Path file) {
        lastAuthoring = new AuthoringWindow(draft, file, background, this::play, themes, owner.get());
        lastAuthoring.show();
    }

    /** The newest authoring window opened, for tests and screenshots. */
    AuthoringWindow lastAuthoring() {
        return lastAuthoring;
    }

    /** Reads a drill file (and {@code NAME.expert.json} beside it) off the FX thread, then plays it. */
    public void openFile(Path file) {
        background.run(() -> readDrill(file), this::play, this::failed);
    }

    static Drill readDrill(Path file) throws java.io.IOException, TopologyFileException {
        byte[] json = Files.readAllBytes(file);
        Exercise exercise = new ExerciseReader().read(json, file.toString());
        Path expert = file.resolveSibling(file.getFileName().toString().replaceFirst("\\.(json|dsexercise)$", "") + ".expert.json");
        List<TimedAction> actions = Files.isRegularFile(expert) ? Attempt.read(expert).actions() : List.of();
        return new Drill(exercise, json, actions, file.getFileName().toString());
    }

    /** Plays a drill: asks who plays if nobody has said yet, loads its system, shows the briefing. */
    public void play(Drill drill) {
        if (profileName() == null && askProfile(null).isEmpty()) {
            return;
        }
        background.run(() -> services.runs().topology(drill.exercise()), system -> {
            mode.begin(drill, system);
            brief(drill);
        }, this::failed);
    }

    private void brief(Drill drill) {
        Exercise e = drill.exercise();
        Alert briefing = new Alert(Alert.AlertType.NONE);
        briefing.initOwner(owner.get());
        briefing.setTitle("Briefing");
        briefing.setHeaderText(e.title());
        StringBuilder text = new StringBuilder(e.briefing().strip()).append("\n\n");
        text.append("Time limit: ").append(Durations.format(e.timeLimitSeconds()))
                .append(" of simulated time (the clock starts at ").append(ExerciseMode.START_SPEED.label())
                .append("; change the speed on the toolbar).\n\nObjectives:\n");
        e.objectives().forEach(o -> text.append("  • ").append(o.describe()).append(" (")
                .append(DebriefHtml.pts(e.points(o))).append(" points)\n"));
        text.append("\nAllowed actions: ").append(String.join(", ", e.allowedActions().stream().sorted().toList()));
        if (!e.hints().isEmpty()) {
            text.append("\n\n").append(e.hints().size()).append(" hint(s) will appear as time passes.");
        }
        TextArea area = new TextArea(text.toString());
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefSize(560, 300);
        briefing.getDialogPane().setContent(area);
        briefing.getDialogPane().setId("briefing");
        ButtonType start = new ButtonType("Start", ButtonBar.ButtonData.OK_DONE);
        ButtonType later = new ButtonType("Not yet", ButtonBar.ButtonData.CANCEL_CLOSE);
        briefing.getButtonTypes().setAll(later, start);
        briefing.getDialogPane().lookupButton(start).setId("briefing-start");
        themes.manage(briefing.getDialogPane().getScene());
        briefing.show();
        briefing.setOnHidden(ev -> {
            if (briefing.getResult() == start) {
                mode.start();
            }
        });
    }

    /** "Check results": each objective's figures so far, as in Packet Tracer's assessment. */
    private void checkResults() {
        ExerciseRun.Progress p = mode.progressProperty().get();
        Alert check = new Alert(Alert.AlertType.INFORMATION);
        check.initOwner(owner.get());
        check.setTitle("Check results");
        if (p == null) {
            check.setHeaderText("Nothing to judge yet: start the clock.");
        } else {
            check.setHeaderText("After %s: %d%% complete, %d of %d objectives met".formatted(Durations.format(p.second()),
                    p.score(), p.objectivesMet(), p.objectives().size()));
            StringBuilder s = new StringBuilder();
            for (ObjectiveResult o : p.objectives()) {
                s.append(o.outcome().name().toLowerCase(java.util.Locale.ROOT)).append("  ").append(DebriefHtml.pts(o.points()))
                        .append("/").append(DebriefHtml.pts(o.weight())).append("  ").append(o.description())
                        .append("\n      ").append(o.figures()).append("\n");
            }
            s.append("\nJudged on the seconds played so far, as if the exercise ended now.");
            TextArea area = new TextArea(s.toString());
            area.setEditable(false);
            area.setWrapText(true);
            area.setPrefSize(620, 240);
            check.getDialogPane().setContent(area);
        }
        check.getDialogPane().setId("check-results");
        themes.manage(check.getDialogPane().getScene());
        check.show();
    }

    // ---- the end of an attempt ---------------------------------------------------------------

    private void graded(ExerciseMode.Graded g) {
        String profile = profileName() == null ? "anonymous" : profileName();
        String how = "Graded by replaying your %d action(s) over the whole %s, as devops-sim grade does.".formatted(
                g.actions().size(), Durations.format(g.report().seconds()));
        if (g.liveScore() >= 0) {
            how += " The checklist showed " + g.liveScore() + "% at the time limit.";
        } else {
            how += " You finished early: the rest of the time ran without further actions.";
        }
        lastDebrief = new DebriefWindow(new DebriefWindow.Content(g.report(), profile, g.finished(), how),
                owner.get(), themes, background, this::failed);
        lastDebrief.show();
        background.run(() -> services.store().record(new AttemptStore.Finished(g.drill(), profile, g.started(),
                g.finished(), g.report(), g.actions())), id -> { }, this::failed);
    }

    /** Reopens a stored attempt read-only: re-graded by replay when its exercise file is here, else as stored. */
    void reopen(long id, Window from) {
        background.run(() -> {
            AttemptStore.Past past = services.store().attempt(id);
            Drill drill = shelf.get(past.summary().exerciseId());
            if (drill != null && drill.sha256().equals(past.exerciseSha256())) {
                GradeReport report = services.runs().grade(drill.exercise(),
                        new Attempt(drill.id(), past.actions(), List.of()), drill.expert());
                String note = "Reopened from the run history (read-only), re-graded by replaying its %d stored action(s)%s."
                        .formatted(past.actions().size(), report.score() == past.summary().score() ? ""
                                : "; the stored score was " + past.summary().score());
                return new DebriefWindow.Content(report, past.summary().profile(), past.summary().finished(), note);
            }
            GradeReport stored = new GradeReport(past.summary().exerciseId(), titleOf(past.summary().exerciseId()),
                    past.metrics().size() * 60L, past.summary().score(), past.objectives(), List.of(), List.of(), List.of(),
                    new Debrief("The exercise file this attempt was graded on is not on this machine (or has changed since), "
                            + "so its timeline cannot be replayed; the score and breakdown are as stored.", "", List.of()),
                    past.metrics(), past.dora());
            return new DebriefWindow.Content(stored, past.summary().profile(), past.summary().finished(),
                    "Reopened from the run history (read-only), as stored.");
        }, content -> {
            lastDebrief = new DebriefWindow(content, from, themes, background, this::failed);
            lastDebrief.show();
        }, this::failed);
    }

    /** Two stored runs' charts over each other. */
    void compare(long a, long b, Window from) {
        background.run(() -> {
            AttemptStore.Past first = services.store().attempt(a);
            AttemptStore.Past second = services.store().attempt(b);
            return RunChart.compare(List.of(series(first), series(second)), 900, 420);
        }, image -> {
            Stage stage = new Stage();
            stage.initOwner(from);
            stage.setTitle("Compare two runs");
            ImageView view = new ImageView(javafx.embed.swing.SwingFXUtils.toFXImage(image, null));
            view.setId("compare-chart");
            VBox root = new VBox(view);
            root.setPadding(new Insets(8));
            javafx.scene.Scene scene = new javafx.scene.Scene(root);
            themes.manage(scene);
            stage.setScene(scene);
            stage.show();
        }, this::failed);
    }

    private RunChart.Series series(AttemptStore.Past p) {
        return new RunChart.Series("#%d %s, %s, %d/100".formatted(p.summary().id(), p.summary().profile(),
                titleOf(p.summary().exerciseId()), p.summary().score()), p.metrics());
    }

    /** The run history (or the class's results), with the drills' titles and files read first for reopening. */
    private void showResults(boolean instructor) {
        refreshShelf(() -> {
            lastResults = new ResultsWindow(this, owner.get(), themes, instructor, profileName());
            lastResults.show();
        });
    }

    // ---- packs and profile --------------------------------------------------------------------

    void importPack(Window from) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import an exercise pack");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Exercise pack (JSON)", "*.json"));
        File file = chooser.showOpenDialog(from);
        if (file == null) {
            return;
        }
        background.run(() -> services.shelf().importPack(
                ExercisePack.read(Files.readAllBytes(file.toPath()), file.toString())), added -> refreshShelf(() -> {
            Alert done = new Alert(Alert.AlertType.INFORMATION, "Imported " + added.size() + " exercise(s): "
                    + String.join(", ", added.stream().map(Drill::title).toList()) + ". They are listed in File > Open Exercise…");
            done.initOwner(from);
            done.setHeaderText("Exercise pack imported");
            done.show();
        }), this::failed);
    }

    void exportPack(Window from) {
        refreshShelf(() -> {
            Dialog<List<Drill>> dialog = new Dialog<>();
            dialog.initOwner(from);
            dialog.setTitle("Export Exercise Pack");
            dialog.setHeaderText("Choose the exercises for the pack (with their expert logs)");
            ListView<Drill> list = new ListView<>();
            list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
            list.getItems().setAll(shelf.values());
            list.setCellFactory(v -> new ListCell<>() {
                @Override
                protected void updateItem(Drill d, boolean empty) {
                    super.updateItem(d, empty);
                    setText(empty || d == null ? null : d.title() + "  (" + d.id() + ")");
                }
            });
            list.getSelectionModel().selectAll();
            list.setPrefSize(480, 280);
            dialog.getDialogPane().setContent(list);
            dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
            dialog.setResultConverter(b -> b == ButtonType.OK ? List.copyOf(list.getSelectionModel().getSelectedItems()) : null);
            Optional<List<Drill>> chosen = dialog.showAndWait();
            if (chosen.isEmpty() || chosen.get().isEmpty()) {
                return;
            }
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Save the exercise pack");
            chooser.setInitialFileName("exercise-pack.json");
            File file = chooser.showSaveDialog(from);
            if (file == null) {
                return;
            }
            List<Drill> drills = chosen.get();
            background.run(() -> {
                AtomicFiles.write(file.toPath(), pack(drills));
                return file;
            }, saved -> {
                Alert done = new Alert(Alert.AlertType.INFORMATION, "Saved " + drills.size() + " exercise(s) to " + saved);
                done.initOwner(from);
                done.setHeaderText("Exercise pack exported");
                done.show();
            }, this::failed);
        });
    }

    /** The drills as one pack file, each with its expert log when it has one. */
    static byte[] pack(List<Drill> drills) {
        List<ExercisePack.Source> sources = new ArrayList<>();
        for (Drill d : drills) {
            sources.add(new ExercisePack.Source(d.json(), d.expert().isEmpty() ? null
                    : ActionScript.write(d.expert()).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        return ExercisePack.write(sources);
    }

    /** Asks for the name results are filed under; remembers it. Empty when the user cancelled. */
    private Optional<ProfileMemory.Profile> askProfile(ProfileMemory.Profile current) {
        Dialog<ProfileMemory.Profile> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle("Profile");
        dialog.setHeaderText("Who is playing? Results are kept under this name on this computer.");
        TextField name = new TextField(current == null ? "" : current.name());
        name.setId("profile-name");
        name.setPromptText("your name");
        CheckBox instructor = new CheckBox("I am the instructor");
        instructor.setSelected(current != null && current.instructor());
        GridPane grid = new GridPane(8, 8);
        grid.addRow(0, new Label("Name"), name);
        grid.add(instructor, 1, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(name.textProperty().isEmpty());
        dialog.getDialogPane().setId("profile-dialog");
        dialog.setResultConverter(b -> b == ButtonType.OK && !name.getText().isBlank()
                ? new ProfileMemory.Profile(name.getText(), instructor.isSelected()) : null);
        javafx.application.Platform.runLater(name::requestFocus);
        Optional<ProfileMemory.Profile> chosen = dialog.showAndWait();
        chosen.ifPresent(p -> {
            chosenProfile = p;
            background.run(() -> {
                services.profiles().remember(p); // a preferences file: off the FX thread
                services.store().profile(p.name(), p.instructor());
                return p;
            }, x -> { }, this::failed);
        });
        return chosen;
    }

    /** Who plays: chosen in this session, else remembered; null when nobody has said. */
    private String profileName() {
        return chosenProfile != null ? chosenProfile.name()
                : services.profiles().profile().map(ProfileMemory.Profile::name).orElse(null);
    }

    /** Says what went wrong and where; a bad file lists every problem found. */
    void failed(Exception e) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner.get());
        alert.setTitle("Classroom");
        alert.getDialogPane().setId("classroom-error");
        if (e instanceof TopologyFileException bad) {
            alert.setHeaderText("Cannot use " + bad.source());
            StringBuilder problems = new StringBuilder();
            bad.problems().forEach(p -> problems.append(p).append('\n'));
            TextArea area = new TextArea(problems.toString().strip());
            area.setEditable(false);
            area.setWrapText(true);
            area.setPrefSize(600, Math.min(300, 40 + 22 * bad.problems().size()));
            alert.getDialogPane().setContent(area);
        } else {
            alert.setHeaderText(e instanceof java.nio.file.NoSuchFileException nf ? "No such file: " + nf.getFile()
                    : e.getMessage() == null ? e.toString() : e.getMessage());
        }
        alert.show();
    }

    /** The debrief shown last, for tests and screenshots. */
    DebriefWindow lastDebrief() {
        return lastDebrief;
    }

    ResultsWindow lastResults() {
        return lastResults;
    }

    /** Stops the background thread; call when the window closes. */
    public void close() {
        mode.leave();
        background.close();
    }
}
