package org.devopssim.ui.exercise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.devopssim.simulation.exercise.ActionText;
import org.devopssim.simulation.exercise.Exercise;
import org.devopssim.simulation.exercise.ExerciseRun;
import org.devopssim.simulation.exercise.ObjectiveResult;
import org.devopssim.simulation.exercise.Outcome;
import org.devopssim.simulation.exercise.TimelineEntry;
import org.devopssim.simulation.scenario.Durations;
import org.devopssim.ui.view.Tips;

/**
 * The exercise beside the system, as in Packet Tracer's activities: the clock against the time
 * limit, the objectives as a checklist judged on the seconds played so far with the percent
 * complete, the hints as they fall due, the student's actions (refused ones with the reason), and
 * Check results, Reset and Finish.
 */
final class ExercisePanel extends VBox {

    private final ExerciseMode mode;
    private final Label title = new Label();
    private final Label clock = new Label();
    private final ProgressBar time = new ProgressBar(0);
    private final Label complete = new Label();
    private final ProgressBar completeBar = new ProgressBar(0);
    private final Label met = new Label();
    private final VBox objectives = new VBox(4);
    private final Label allowed = new Label();
    private final ListView<String> hints = new ListView<>();
    private final ListView<String> actions = new ListView<>();
    private final Label state = new Label();

    ExercisePanel(ExerciseMode mode, Runnable checkResults) {
        this.mode = mode;
        setId("exercise-panel");
        getStyleClass().add("exercise-panel");
        setSpacing(6);
        setPadding(new Insets(8));
        setPrefWidth(320);
        setMinWidth(260);
        title.setId("exercise-title");
        title.setWrapText(true);
        title.setStyle("-fx-font-weight: bold; -fx-font-size: 1.15em;");
        clock.setId("exercise-time");
        time.setMaxWidth(Double.MAX_VALUE);
        complete.setId("exercise-complete");
        complete.setStyle("-fx-font-weight: bold;");
        Tips.set(complete, "Points earned so far out of 100: each objective judged on the seconds played, "
                + "as if the exercise ended now. The final score is computed over the whole time limit.");
        completeBar.setId("exercise-complete-bar");
        completeBar.setMaxWidth(Double.MAX_VALUE);
        objectives.setId("exercise-objectives");
        allowed.setWrapText(true);
        allowed.getStyleClass().add("exercise-muted");
        hints.setId("exercise-hints");
        hints.setPrefHeight(90);
        hints.setPlaceholder(new Label("Hints appear here when they fall due"));
        wrapCells(hints);
        actions.setId("exercise-actions");
        actions.setPrefHeight(120);
        actions.setPlaceholder(new Label("Your actions appear here"));
        wrapCells(actions);
        VBox.setVgrow(actions, Priority.ALWAYS);
        state.setId("exercise-state");
        state.setWrapText(true);

        Button check = new Button("Check results");
        check.setId("exercise-check");
        check.setOnAction(e -> checkResults.run());
        Button reset = new Button("Reset");
        reset.setId("exercise-reset");
        Tips.set(reset, "Start the drill over from second zero; your actions so far are dropped");
        reset.setOnAction(e -> mode.reset());
        Button finish = new Button("Finish");
        finish.setId("exercise-finish");
        finish.setDefaultButton(false);
        Tips.set(finish, "Stop acting: the rest of the time limit is simulated without further actions and graded");
        finish.setOnAction(e -> mode.finish());
        Button close = new Button("Close");
        close.setId("exercise-close");
        Tips.set(close, "Put the exercise away; the system stays as it ended");
        close.setOnAction(e -> mode.leave());
        close.visibleProperty().bind(mode.stateProperty().isEqualTo(ExerciseMode.State.FINISHED));
        close.managedProperty().bind(close.visibleProperty());
        HBox buttons = new HBox(6, check, reset, finish, close);
        buttons.setAlignment(Pos.CENTER_LEFT);
        for (Button b : List.of(check, reset, finish)) {
            b.disableProperty().bind(mode.stateProperty().isNotEqualTo(ExerciseMode.State.PLAYING));
        }

        ScrollPane objectivesScroll = new ScrollPane(objectives);
        objectivesScroll.setFitToWidth(true);
        objectivesScroll.setPrefHeight(190);
        objectivesScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        getChildren().addAll(title, clock, time, complete, completeBar, met, section("Objectives"), objectivesScroll,
                allowed, section("Hints"), hints, section("Your actions"), actions, state, buttons);
        mode.drillProperty().addListener((obs, o, d) -> showDrill());
        mode.progressProperty().addListener((obs, o, p) -> show(p));
        mode.stateProperty().addListener((obs, o, s) -> showState(s));
        showDrill();
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold; -fx-padding: 4 0 0 0;");
        return l;
    }

    private static void wrapCells(ListView<String> list) {
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true);
                setPrefWidth(0); // wrap to the list's width instead of widening it
            }
        });
    }

    private void showDrill() {
        Drill d = mode.drillProperty().get();
        if (d == null) {
            return;
        }
        Exercise e = d.exercise();
        title.setText("Exercise: " + e.title());
        allowed.setText("Allowed actions: " + String.join(", ", e.allowedActions().stream().sorted().toList()));
        show(null);
    }

    private void show(ExerciseRun.Progress progress) {
        Drill d = mode.drillProperty().get();
        if (d == null) {
            return;
        }
        // Nothing has been played at second zero: nothing to judge yet (not "100% complete").
        ExerciseRun.Progress p = progress == null || progress.second() == 0 ? null : progress;
        long limit = d.exercise().timeLimitSeconds();
        long second = p == null ? 0 : p.second();
        clock.setText("Time %s of %s  (%s left)".formatted(Durations.format(second), Durations.format(limit),
                Durations.format(limit - second)));
        time.setProgress((double) second / limit);
        int score = p == null ? 0 : p.score();
        complete.setText("Complete: " + score + "%");
        completeBar.setProgress(score / 100.0);
        List<ObjectiveResult> results = p == null ? List.of() : p.objectives();
        met.setText(p == null ? "Start the clock to be judged" : "%d of %d objectives met so far".formatted(
                p.objectivesMet(), results.size()));
        List<Region> rows = new ArrayList<>();
        if (p == null) {
            d.exercise().objectives().forEach(o -> rows.add(row(o.name(), null, o.describe(), "0/" + points(d.exercise().points(o)), "")));
        } else {
            results.forEach(r -> rows.add(row(r.objective(), r.outcome(), r.description(),
                    points(r.points()) + "/" + points(r.weight()), r.figures())));
        }
        objectives.getChildren().setAll(rows);
        List<String> due = new ArrayList<>();
        List<String> done = new ArrayList<>();
        if (p != null) {
            for (TimelineEntry t : p.timeline()) {
                switch (t.kind()) {
                    case "hint" -> due.addFirst(Durations.format(t.second()) + "  " + t.text());
                    case "action" -> done.add(Durations.format(t.second()) + "  " + t.text());
                    case "refused" -> done.add(Durations.format(t.second()) + "  REFUSED " + t.text());
                    default -> { }
                }
            }
        }
        if (progress != null) {
            long applied = progress.timeline().stream().filter(t -> t.kind().equals("action") || t.kind().equals("refused")).count();
            for (int i = (int) applied; i < progress.actions().size(); i++) {
                org.devopssim.simulation.engine.TimedAction a = progress.actions().get(i);
                // Said at once; the run records the refusal at the next second, as a replay does.
                done.add(Durations.format(a.second()) + (d.exercise().allowedActions().contains(a.action().actionName())
                        ? "  (applies when the clock runs) " + ActionText.of(a.action())
                        : "  REFUSED " + ActionText.of(a.action()) + ": not allowed in this exercise"));
            }
        }
        if (!due.equals(hints.getItems())) {
            hints.getItems().setAll(due);
        }
        if (!done.equals(actions.getItems())) {
            actions.getItems().setAll(done);
            actions.scrollTo(done.size() - 1);
        }
    }

    private Region row(String name, Outcome outcome, String description, String points, String figures) {
        Label mark = new Label(outcome == null ? "○" : switch (outcome) {
            case MET -> "✔";
            case PARTLY -> "◐";
            case MISSED -> "✘";
        });
        mark.setMinWidth(18);
        mark.setStyle("-fx-font-weight: bold; -fx-text-fill: " + (outcome == null ? "#8c959f" : switch (outcome) {
            case MET -> "#009e73";
            case PARTLY -> "#e69f00";
            case MISSED -> "#d55e00";
        }) + ";");
        Label text = new Label(description);
        text.setWrapText(true);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Label pts = new Label(points);
        pts.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(6, mark, text, pts);
        row.setId("objective-" + name);
        row.getProperties().put("outcome", outcome);
        if (!figures.isEmpty()) {
            Tips.install(row, figures);
        }
        return row;
    }

    private void showState(ExerciseMode.State s) {
        state.setText(switch (s) {
            case GRADING -> "Grading: replaying your actions over the whole time limit…";
            case FINISHED -> "Finished: see the debrief.";
            default -> "";
        });
    }

    private static String points(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
