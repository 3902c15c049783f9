package org.devopssim.ui.view;

import java.awt.BasicStroke;
import java.awt.Font;
import java.text.SimpleDateFormat;
import java.util.TimeZone;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.devopssim.simulation.engine.Snapshot;
import org.devopssim.ui.model.ChartWindow;
import org.devopssim.ui.model.TrafficChartModel;
import org.devopssim.ui.model.TrafficSeries;
import org.devopssim.ui.theme.Palette;
import org.devopssim.ui.theme.ThemeManager;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/** System request rate (left axis) and p95 latency (right axis) over a chosen window. */
final class TrafficChart extends BorderPane {

    private final TrafficChartModel model;
    private final ThemeManager themes;
    private final ArrayXYDataset rate = new ArrayXYDataset("Requests/s");
    private final ArrayXYDataset latency = new ArrayXYDataset("Latency p95 (ms)");
    private final JFreeChart chart;
    private final XYPlot plot;
    private final Label points = new Label();
    private Snapshot last;

    TrafficChart(TrafficChartModel model, ThemeManager themes) {
        this.model = model;
        this.themes = themes;
        setId("traffic-chart");
        getStyleClass().add("chart-panel");

        DateAxis time = new DateAxis();
        time.setTimeZone(TimeZone.getTimeZone("UTC"));
        time.setLowerMargin(0);
        time.setUpperMargin(0);
        time.setTickUnit(TimeTicks.forSpan(0));
        NumberAxis rateAxis = new NumberAxis("req/s");
        rateAxis.setAutoRangeIncludesZero(true);
        rateAxis.setUpperMargin(0.2);
        NumberAxis latencyAxis = new NumberAxis("p95 ms");
        latencyAxis.setAutoRangeIncludesZero(true);
        latencyAxis.setUpperMargin(0.2);
        plot = new XYPlot(rate, time, rateAxis, line());
        plot.setRangeAxis(1, latencyAxis);
        plot.setDataset(1, latency);
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setRenderer(1, line());
        plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setOutlineVisible(false);
        chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.getLegend().setPosition(RectangleEdge.TOP);
        ChartViewer viewer = new ChartViewer(chart, false);
        viewer.setMinSize(200, 120);

        Label title = new Label("Traffic");
        title.getStyleClass().add("panel-title");
        ChoiceBox<ChartWindow> window = new ChoiceBox<>();
        window.setId("chart-window");
        window.getItems().setAll(ChartWindow.values());
        window.valueProperty().bindBidirectional(model.windowProperty());
        window.setTooltip(new Tooltip("How much simulated history the chart shows"));
        window.setFocusTraversable(false);
        window.valueProperty().addListener((obs, o, n) -> {
            if (last != null) {
                refresh(last);
            }
        });
        points.getStyleClass().add("muted");
        points.setTooltip(new Tooltip("Samples drawn: one per simulated second for the last 15 minutes, "
                + "per-minute means before that"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, points, new Label("Window"), window);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(4, 8, 0, 10));
        setTop(header);
        setCenter(viewer);
        Tooltip.install(viewer, new Tooltip("System request rate and p95 latency, from the run's metric history"));
        themes.themeProperty().addListener((obs, o, t) -> colour());
        colour();
    }

    private static XYLineAndShapeRenderer line() {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setSeriesStroke(0, new BasicStroke(1.6f));
        return r;
    }

    private static SimpleDateFormat utc(String pattern) {
        SimpleDateFormat f = new SimpleDateFormat(pattern);
        f.setTimeZone(TimeZone.getTimeZone("UTC"));
        return f;
    }

    /** Called in batches; redraws only when the window holds new samples. */
    void refresh(Snapshot s) {
        last = s;
        model.refresh(s).ifPresent(this::show);
    }

    private void show(TrafficSeries series) {
        long span = series.size() < 2 ? 0 : series.epochMillis()[series.size() - 1] - series.epochMillis()[0];
        ((DateAxis) plot.getDomainAxis()).setTickUnit(TimeTicks.forSpan(span / 1000));
        rate.set(series.epochMillis(), series.requestRate());
        latency.set(series.epochMillis(), series.latencyP95());
        points.setText(series.size() + " samples");
    }

    private void colour() {
        Palette p = themes.palette();
        java.awt.Color bg = awt(p.panel());
        java.awt.Color fg = awt(p.mutedText());
        chart.setBackgroundPaint(bg);
        plot.setBackgroundPaint(bg);
        plot.setDomainGridlinePaint(awt(p.grid()));
        plot.setRangeGridlinePaint(awt(p.grid()));
        plot.getRenderer(0).setSeriesPaint(0, awt(p.chartRate()));
        plot.getRenderer(1).setSeriesPaint(0, awt(p.chartLatency()));
        Font tick = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
        for (var axis : new org.jfree.chart.axis.Axis[] {plot.getDomainAxis(), plot.getRangeAxis(0), plot.getRangeAxis(1)}) {
            axis.setTickLabelPaint(fg);
            axis.setLabelPaint(fg);
            axis.setAxisLinePaint(awt(p.grid()));
            axis.setTickMarkPaint(awt(p.grid()));
            axis.setTickLabelFont(tick);
            axis.setLabelFont(tick);
        }
        plot.getRangeAxis(0).setLabelPaint(awt(p.chartRate()));
        plot.getRangeAxis(1).setLabelPaint(awt(p.chartLatency()));
        LegendTitle legend = chart.getLegend();
        legend.setBackgroundPaint(bg);
        legend.setItemPaint(fg);
        legend.setItemFont(tick);
        legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 18));
    }

    private static java.awt.Color awt(javafx.scene.paint.Color c) {
        return new java.awt.Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue(), (float) c.getOpacity());
    }
}
