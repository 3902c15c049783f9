package org.devopssim.ui.view;

import java.awt.BasicStroke;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.devopssim.ui.chart.ChartData;
import org.devopssim.ui.chart.ChartKind;
import org.devopssim.ui.chart.ChartLine;
import org.devopssim.ui.chart.MetricChartModel;
import org.devopssim.ui.model.ChartWindow;
import org.devopssim.ui.theme.Palette;
import org.devopssim.ui.theme.ThemeManager;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The Charts tab: one kind of chart for the selection or the whole system over a chosen window.
 * Each {@link ChartLine} gets its own dataset and renderer, so a new line (a forecast band,
 * anomaly markers) is one more dataset, not a new chart.
 */
final class MetricChart extends BorderPane {

    /** Okabe-Ito, in an order where neighbours differ in lightness too. */
    private static final String[] LINE_COLOURS = {"#56b4e9", "#e69f00", "#d55e00", "#009e73", "#cc79a7", "#f0e442", "#0072b2"};

    private static final String MARKER_COLOUR = "#e41a1c";
    private static final String BAND_COLOUR = "#e69f00";

    private final ThemeManager themes;
    private final JFreeChart chart;
    private final XYPlot plot;
    private final Label scope = new Label();
    private final Label points = new Label();
    private final NumberAxis left = new NumberAxis();
    private final NumberAxis right = new NumberAxis();
    private final ChartLegend legend = new ChartLegend();
    private List<String> shownKeys = List.of();

    MetricChart(MetricChartModel model, ThemeManager themes, Runnable redraw) {
        this.themes = themes;
        setId("metric-chart");
        getStyleClass().add("chart-panel");
        DateAxis time = new DateAxis();
        time.setTimeZone(TimeZone.getTimeZone("UTC"));
        time.setLowerMargin(0);
        time.setUpperMargin(0);
        time.setVisible(false); // until there are samples: an empty range was labelled with a clipped "00:00:00.000"
        for (NumberAxis axis : new NumberAxis[] {left, right}) {
            axis.setAutoRangeIncludesZero(true);
            axis.setUpperMargin(0.2);
        }
        plot = new XYPlot(null, time, left, null);
        plot.setRangeAxis(1, right);
        right.setVisible(false);
        plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setOutlineVisible(false);
        plot.setNoDataMessage("No samples yet: press Play");
        chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        ChartViewer viewer = new ChartViewer(chart, false);
        viewer.setMinSize(200, 120);

        ChoiceBox<ChartKind> kind = new ChoiceBox<>();
        kind.setId("chart-kind");
        kind.getItems().setAll(ChartKind.values());
        kind.valueProperty().bindBidirectional(model.kindProperty());
        ChoiceBox<ChartWindow> window = new ChoiceBox<>();
        window.setId("chart-window");
        window.getItems().setAll(ChartWindow.values());
        window.valueProperty().bindBidirectional(model.windowProperty());
        Tips.set(window, "How much simulated history the chart shows");
        CheckBox follow = new CheckBox("Selected node");
        follow.setId("chart-follow");
        follow.selectedProperty().bindBidirectional(model.followSelectionProperty());
        Tips.set(follow, "Chart the selected node; off (or nothing selected): the whole system");
        for (var input : List.of(kind, window, follow)) {
            input.setFocusTraversable(false);
        }
        model.kindProperty().addListener((obs, o, n) -> redraw.run());
        model.windowProperty().addListener((obs, o, n) -> redraw.run());
        model.followSelectionProperty().addListener((obs, o, n) -> redraw.run());
        scope.setId("chart-scope");
        scope.getStyleClass().add("panel-title");
        points.setId("chart-points");
        points.getStyleClass().add("muted");
        Tips.set(points, "Samples read from the run's history (one per second for the last 15 minutes, "
                + "per-minute means before) and points drawn after thinning");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, scope, spacer, points, follow, kind, new Label("Window"), window);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(4, 8, 0, 10));
        setTop(new VBox(header, legend));
        setCenter(viewer);
        themes.themeProperty().addListener((obs, o, t) -> colour());
        colour();
    }

    void show(ChartData data) {
        scope.setText(data.scope() + " · " + data.kind());
        List<String> keys = data.lines().stream().map(ChartLine::key).toList();
        if (!keys.equals(shownKeys)) {
            rebuild(data.lines());
            shownKeys = keys;
        }
        // The time window first: the value axes fit the points inside the domain range when the data
        // changes, so a window set afterwards would keep a range fitted to the old window (a paused
        // chart then clipped spikes that only the new window holds).
        DateAxis time = (DateAxis) plot.getDomainAxis();
        time.setVisible(data.samples() > 0);
        time.setRange(data.fromMillis(), Math.max(data.toMillis(), data.fromMillis() + 1000));
        time.setTickUnit(TimeTicks.forSpan((data.toMillis() - data.fromMillis()) / 1000));
        boolean rightUsed = false;
        for (int i = 0; i < data.lines().size(); i++) {
            ChartLine line = data.lines().get(i);
            ((ArrayXYDataset) plot.getDataset(i)).set(line.epochMillis(), line.values());
            rightUsed |= line.axis() == 1;
        }
        right.setVisible(rightUsed);
        points.setText(data.samples() + " samples · " + data.points() + " drawn");
    }

    private void rebuild(List<ChartLine> lines) {
        for (int i = plot.getDatasetCount() - 1; i >= 0; i--) {
            plot.setDataset(i, null);
            plot.setRenderer(i, null);
        }
        List<ChartLegend.Look> looks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            ChartLine line = lines.get(i);
            ChartLegend.Look look = look(line, i);
            looks.add(look);
            plot.setDataset(i, new ArrayXYDataset(line.labelWithUnit()));
            plot.setRenderer(i, renderer(line, look));
            plot.mapDatasetToRangeAxis(i, line.axis());
        }
        // Units go in the legend: JFreeChart-FX draws rotated axis labels slowly (text by text).
        legend.show(lines, looks);
        colour();
    }

    /**
     * Marks stand out from every line colour (vermillion diamonds, outlined); both edges of a band
     * are alike, dashed, in the forecast's colour, so they read as one band around it.
     */
    private static ChartLegend.Look look(ChartLine line, int index) {
        return switch (line.role()) {
            case MARKERS -> new ChartLegend.Look(javafx.scene.paint.Color.web(MARKER_COLOUR), false, true);
            case BAND -> new ChartLegend.Look(javafx.scene.paint.Color.web(BAND_COLOUR), true, false);
            case LINE -> new ChartLegend.Look(javafx.scene.paint.Color.web(LINE_COLOURS[index % LINE_COLOURS.length]), false, false);
        };
    }

    private static XYItemRenderer renderer(ChartLine line, ChartLegend.Look look) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(!look.marker(), look.marker());
        r.setSeriesPaint(0, awt(look.colour()));
        if (look.marker()) {
            r.setSeriesShape(0, ShapeUtils.createDiamond(6f));
            r.setUseOutlinePaint(true);
            r.setSeriesOutlinePaint(0, java.awt.Color.WHITE);
        } else if (look.dashed()) {
            r.setSeriesStroke(0, new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[]{4f, 3f}, 0f));
        } else {
            r.setSeriesStroke(0, new BasicStroke(1.6f));
        }
        return r;
    }

    private void colour() {
        Palette p = themes.palette();
        java.awt.Color bg = awt(p.panel());
        java.awt.Color fg = awt(p.mutedText());
        chart.setBackgroundPaint(bg);
        plot.setBackgroundPaint(bg);
        plot.setDomainGridlinePaint(awt(p.grid()));
        plot.setRangeGridlinePaint(awt(p.grid()));
        plot.setNoDataMessagePaint(fg);
        Font tick = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
        for (var axis : new org.jfree.chart.axis.Axis[] {plot.getDomainAxis(), left, right}) {
            axis.setTickLabelPaint(fg);
            axis.setLabelPaint(fg);
            axis.setAxisLinePaint(awt(p.grid()));
            axis.setTickMarkPaint(awt(p.grid()));
            axis.setTickLabelFont(tick);
            axis.setLabelFont(tick);
        }
    }

    private static java.awt.Color awt(javafx.scene.paint.Color c) {
        return new java.awt.Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue(), (float) c.getOpacity());
    }
}
