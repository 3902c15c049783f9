package org.devopssim.ui.files;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.devopssim.simulation.model.Topology;

/**
 * Simulation > Replay Metric Trace: the resampled series as a chart and its figures, and the
 * request rate its peak stands for, before it replaces the daily curve of every traffic source.
 */
final class TraceDialog extends Dialog<ButtonType> {

    static final ButtonType APPLY = new ButtonType("Replay as Load", ButtonBar.ButtonData.OK_DONE);
    private static final int CHART_POINTS = 600;

    /** @param apply gets the total peak rate (req/s) chosen; the caller replays the trace through the topology */
    TraceDialog(Window owner, TracePreview preview, Topology topology, Consumer<Double> apply) {
        initOwner(owner);
        initModality(Modality.NONE);
        setTitle("Replay Metric Trace");
        setResizable(true);
        setHeaderText(preview.file().getFileName() + ": " + preview.loaded().shape());
        getDialogPane().setId("trace-dialog");
        getDialogPane().getButtonTypes().addAll(APPLY, ButtonType.CANCEL);

        TracePreview.Stats s = preview.stats();
        boolean hours = s.spanSeconds() >= 3 * 3600;
        NumberAxis x = new NumberAxis();
        x.setLabel(hours ? "hours from the start" : "minutes from the start");
        x.setForceZeroInRange(true);
        NumberAxis y = new NumberAxis();
        y.setLabel("value (file's unit)");
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId("trace-chart");
        chart.setCreateSymbols(false);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        double unit = hours ? 3600 : 60;
        for (double[] p : preview.chartPoints(CHART_POINTS)) {
            series.getData().add(new XYChart.Data<>(p[0] / unit, p[1]));
        }
        chart.getData().add(series);
        chart.setPrefSize(560, 280);

        GridPane figures = new GridPane(14, 4);
        figures.setId("trace-stats");
        int row = 0;
        row = fact(figures, row, "Rows read", String.valueOf(s.rows()));
        row = fact(figures, row, "Resampled", s.points() + " points every " + TracePreview.duration(s.stepSeconds()));
        row = fact(figures, row, "Span", TracePreview.duration(s.spanSeconds()) + " (then it loops)");
        row = fact(figures, row, "Min / max", number(s.min()) + " / " + number(s.max()));
        row = fact(figures, row, "Mean", number(s.mean()));
        row = fact(figures, row, "Gaps bridged", s.gaps() == 0 ? "none"
                : s.gaps() + " (longest " + TracePreview.duration(s.longestGapSeconds()) + ")");
        row = fact(figures, row, "Out of order", s.unsortedRows() + " rows (sorted)");
        fact(figures, row, "Repeated times", s.repeatedTimestamps() + " (averaged)");

        double current = TracePreview.totalPeakRps(topology);
        TextField peak = new TextField(current > 0 ? number(current) : "");
        peak.setId("trace-peak");
        peak.setPrefColumnCount(8);
        Label peakHint = new Label("req/s from all users at the series' largest value");
        HBox peakRow = new HBox(8, new Label("Peak rate"), peak, peakHint);
        peakRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label status = new Label(current > 0
                ? "Replaying restarts the run at second 0 with the series as every traffic source's shape."
                : "This topology has no traffic source to replay the series through: add Users first.");
        status.setId("trace-status");
        status.setWrapText(true);

        HBox top = new HBox(16, chart, figures);
        HBox.setHgrow(chart, Priority.ALWAYS);
        VBox content = new VBox(10, top, peakRow, status);
        content.setPadding(new Insets(4, 12, 0, 12));
        getDialogPane().setContent(content);

        javafx.scene.Node applyButton = getDialogPane().lookupButton(APPLY);
        applyButton.setId("trace-apply");
        applyButton.setDisable(current <= 0);
        applyButton.addEventFilter(ActionEvent.ACTION, e -> {
            double rate;
            try {
                rate = Double.parseDouble(peak.getText().strip());
            } catch (NumberFormatException ex) {
                rate = -1;
            }
            if (!(rate > 0) || Double.isInfinite(rate)) {
                e.consume();
                status.setText("Peak rate: expected a number of requests per second above 0, got '" + peak.getText() + "'");
                return;
            }
            apply.accept(rate);
        });
    }

    private static int fact(GridPane grid, int row, String name, String value) {
        Label n = new Label(name);
        n.getStyleClass().add("muted");
        Label v = new Label(value);
        v.setId("trace-" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-"));
        grid.addRow(row, n, v);
        return row + 1;
    }

    static String number(double raw) {
        // Rescaled values carry float noise (99.99999999 for 100): round it away first.
        double v = Math.round(raw * 1e6) / 1e6;
        if (Math.abs(v) >= 100 || v == Math.rint(v)) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 1 ? "%.2f" : "%.4f", v);
    }
}
