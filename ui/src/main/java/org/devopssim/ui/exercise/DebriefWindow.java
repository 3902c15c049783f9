package org.devopssim.ui.exercise;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.devopssim.simulation.codec.AtomicFiles;
import org.devopssim.simulation.exercise.GradeReport;
import org.devopssim.simulation.exercise.ObjectiveResult;
import org.devopssim.simulation.exercise.TimelineEntry;
import org.devopssim.simulation.scenario.Durations;
import org.devopssim.ui.theme.ThemeManager;

/**
 * The debrief of a graded attempt: the score with its breakdown, the run's chart with incidents,
 * alerts and actions marked, the timeline, and what an expert would have done. Read-only; exports
 * itself as a self-contained HTML report.
 */
final class DebriefWindow {

    static final int CHART_WIDTH = 900;
    static final int CHART_HEIGHT = 340;

    /**
     * @param note a line under the score (e.g. how it was graded, or that it was reopened from history), or null
     */
    record Content(GradeReport report, String profile, Instant finished, String note) {
    }

    private final Stage stage = new Stage();
    private final Content content;
    private final Background background;
    private final Consumer<Exception> failed;
    private final ImageView chart = new ImageView();
    private final Label exported = new Label();
    private byte[] chartPng;

    DebriefWindow(Content content, Window owner, ThemeManager themes, Background background, Consumer<Exception> failed) {
        this.content = content;
        this.background = background;
        this.failed = failed;
        GradeReport r = content.report();
        stage.initOwner(owner);
        stage.setTitle("Debrief: " + r.title());

        Label title = new Label(r.title());
        title.setStyle("-fx-font-size: 1.5em; -fx-font-weight: bold;");
        StringBuilder who = new StringBuilder("Exercise " + r.exerciseId());
        if (content.profile() != null) {
            who.append(" · played by ").append(content.profile());
        }
        if (content.finished() != null) {
            who.append(" · ").append(DebriefHtml.WHEN.format(content.finished().atZone(ZoneId.systemDefault())));
        }
        Label meta = new Label(who.toString());
        Label score = new Label("Score " + r.score() + " / 100");
        score.setId("debrief-score");
        score.getProperties().put("score", r.score());
        score.setStyle("-fx-font-size: 2em; -fx-font-weight: bold;");
        Label note = new Label(content.note() == null ? "" : content.note());
        note.setWrapText(true);

        TableView<ObjectiveResult> breakdown = new TableView<>();
        breakdown.setId("debrief-breakdown");
        breakdown.getColumns().add(column("Objective", 300, ObjectiveResult::description));
        breakdown.getColumns().add(column("Result", 70, o -> o.outcome().name().toLowerCase(Locale.ROOT)));
        breakdown.getColumns().add(column("Points", 80, o -> DebriefHtml.pts(o.points()) + " / " + DebriefHtml.pts(o.weight())));
        TableColumn<ObjectiveResult, String> figures = column("Figures", 420, ObjectiveResult::figures);
        figures.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            private final javafx.scene.text.Text text = new javafx.scene.text.Text();

            {
                text.wrappingWidthProperty().bind(c.widthProperty().subtract(10));
                text.getStyleClass().add("text");
                text.fillProperty().bind(textFillProperty());
                setGraphic(text);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty ? null : item);
            }
        });
        breakdown.getColumns().add(figures);
        breakdown.getItems().setAll(r.objectives());
        // Tall enough for every row (long figures wrap to two lines), no empty rows below.
        breakdown.setPrefHeight(30 + r.objectives().stream().mapToDouble(o -> o.figures().length() > 60 ? 44 : 26).sum());
        breakdown.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        chart.setId("debrief-chart");
        chart.setFitWidth(CHART_WIDTH);
        chart.setPreserveRatio(true);
        Label legend = new Label("Blue: requests/s · vermillion: errors % · markers: incidents (red), alerts firing "
                + "(orange, dashed), your actions (green), refused actions (grey)");
        legend.setWrapText(true);

        TableView<TimelineEntry> timeline = new TableView<>();
        timeline.setId("debrief-timeline");
        timeline.getColumns().add(column("Time", 80, t -> Durations.format(t.second())));
        timeline.getColumns().add(column("What", 110, TimelineEntry::kind));
        timeline.getColumns().add(column("", 680, TimelineEntry::text));
        timeline.getItems().setAll(r.timeline());
        timeline.setPrefHeight(240);
        timeline.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        Label dora = new Label(r.dora() == null ? "Not recorded for this attempt."
                : GradeReport.doraText(r.dora()));
        dora.setId("debrief-dora");
        dora.setWrapText(true);
        VBox body = new VBox(8, title, meta, score, note, heading("Score by objective"), breakdown,
                heading("Delivery (DORA)"), dora, heading("The run"), chart, legend);
        if (!r.refused().isEmpty()) {
            StringBuilder refused = new StringBuilder();
            r.refused().forEach(x -> refused.append(Durations.format(x.second())).append("  ").append(x.action())
                    .append(": ").append(x.reason()).append('\n'));
            body.getChildren().addAll(heading("Refused actions"), text(refused.toString().strip(), 70));
        }
        body.getChildren().addAll(heading("Timeline"), timeline, heading("Debrief"), text(r.debrief().text(), 90));
        StringBuilder expert = new StringBuilder(r.debrief().expertNotes().strip());
        if (!r.debrief().expertActions().isEmpty()) {
            expert.append("\n\nThe expert's actions:\n");
            r.debrief().expertActions().forEach(a -> expert.append("  ").append(a).append('\n'));
        }
        if (!expert.isEmpty()) {
            TextArea expertText = text(expert.toString().strip(), 150);
            expertText.setId("debrief-expert");
            body.getChildren().addAll(heading("What an expert would have done"), expertText);
        }
        body.setPadding(new Insets(14));
        body.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);

        Button export = new Button("Export HTML report…");
        export.setId("debrief-export");
        export.setOnAction(e -> export());
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        exported.setId("debrief-exported");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, exported, gap, export, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(8, 14, 10, 14));
        VBox root = new VBox(scroll, buttons);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.setId("debrief");
        Scene scene = new Scene(root, 980, 760);
        themes.manage(scene);
        stage.setScene(scene);

        background.run(() -> {
            BufferedImage image = RunChart.debrief(r.metrics(), r.timeline(), CHART_WIDTH, CHART_HEIGHT);
            return new Object[]{image, RunChart.png(image)};
        }, drawn -> {
            chart.setImage(SwingFXUtils.toFXImage((BufferedImage) drawn[0], null));
            chartPng = (byte[]) drawn[1];
        }, failed);
    }

    void show() {
        stage.show();
    }

    Stage stage() {
        return stage;
    }

    /** Asks where, then renders and writes the report off the FX thread, atomically. */
    private void export() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the debrief as HTML");
        chooser.setInitialFileName(content.report().exerciseId() + "-debrief.html");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("HTML report", "*.html"));
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            exportTo(file.toPath());
        }
    }

    /** Writes the report to {@code target}; the label under the debrief says when it is saved. */
    void exportTo(Path target) {
        exported.setText("Saving " + target.getFileName() + "…");
        byte[] known = chartPng;
        GradeReport r = content.report();
        background.run(() -> {
            byte[] png = known != null ? known : RunChart.png(RunChart.debrief(r.metrics(), r.timeline(), CHART_WIDTH, CHART_HEIGHT));
            AtomicFiles.write(target, DebriefHtml.render(r, content.profile(), content.finished(), png)
                    .getBytes(StandardCharsets.UTF_8));
            return target;
        }, saved -> exported.setText("Saved " + saved), e -> {
            exported.setText("Not saved");
            failed.accept(e);
        });
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-size: 1.15em; -fx-font-weight: bold; -fx-padding: 8 0 0 0;");
        return l;
    }

    private static TextArea text(String s, double height) {
        TextArea t = new TextArea(s);
        t.setEditable(false);
        t.setWrapText(true);
        t.setPrefHeight(height);
        return t;
    }

    static <T> TableColumn<T, String> column(String title, double width, java.util.function.Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(d.getValue())));
        return c;
    }
}
