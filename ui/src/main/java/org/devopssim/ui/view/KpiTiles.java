package org.devopssim.ui.view;

import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.Tile.SkinType;
import eu.hansolo.tilesfx.TileBuilder;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.geometry.Insets;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.paint.Color;
import org.devopssim.simulation.engine.Health;
import org.devopssim.simulation.help.HelpTopics;
import org.devopssim.simulation.metrics.Metric;
import org.devopssim.simulation.model.Autoscaling;
import org.devopssim.ui.format.Figures;
import org.devopssim.ui.help.HelpCenter;
import org.devopssim.ui.model.KpiModel;
import org.devopssim.ui.theme.Palette;
import org.devopssim.ui.theme.ThemeManager;

/**
 * The row of key figures. Tiles are pushed all at once when the model moves to a new simulated
 * second (the model is fed in batches), so sparklines get one point per batch, not per frame.
 */
final class KpiTiles extends HBox {

    /** Gauge ranges for p95 latency: the smallest one that holds the value keeps the needle readable. */
    private static final double[] LATENCY_RANGES = {250, 500, 1000, 2500, 5000, 10_000, 30_000, 60_000};
    /** Tiles clamp values to their range; the request tile's range grows with the traffic. */
    private static final double[] RATE_RANGES = {100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 1e9};
    private static final double TILE_HEIGHT = 138;

    final Tile requests;
    final Tile latency;
    final Tile errors;
    final Tile cpu;
    final Tile availability;
    final Tile instances;
    final Tile cost;
    final Tile anomalies;
    final Tile forecast;
    private final List<Tile> all;
    private final KpiModel model;
    private final ThemeManager themes;

    KpiTiles(KpiModel model, ThemeManager themes, HelpCenter help) {
        this.model = model;
        this.themes = themes;
        setId("kpi-tiles");
        getStyleClass().add("kpi-tiles");
        setSpacing(8);
        setPadding(new Insets(8));
        requests = tile("tile-requests", SkinType.SPARK_LINE, "Requests", "req/s", 0,
                "Requests per second the users send, with the last minute of batches as a sparkline");
        requests.setAveragingPeriod(60);
        requests.setAveragingEnabled(false);
        latency = tile("tile-latency", SkinType.GAUGE, "Latency p95", "ms", 0,
                "95th percentile of end-to-end request latency; the scale grows with the value");
        latency.setMaxValue(LATENCY_RANGES[0]);
        latency.setThreshold(200);
        latency.setThresholdVisible(true);
        errors = tile("tile-errors", SkinType.NUMBER, "Error rate", "%", 2,
                "Share of this second's requests that failed (timeouts, refused connections)");
        errors.setDescription("of requests failing");
        cpu = tile("tile-cpu", SkinType.CIRCULAR_PROGRESS, "CPU", "%", 0,
                "Mean CPU use over all serving instances");
        cpu.setMaxValue(100);
        availability = tile("tile-availability", SkinType.NUMBER, "Availability", "%", 3,
                "Share of all requests since the start that succeeded");
        availability.setDescription("since the start of the run");
        instances = tile("tile-instances", SkinType.NUMBER, "Instances", "", 0,
                "Instances ready to serve, over all services (autoscaling changes it)");
        instances.setDescription("ready, all services");
        cost = tile("tile-cost", SkinType.NUMBER, "Cost", "$/h", 2,
                "What the running instances cost per hour at on-demand prices, and the total so far");
        anomalies = tile("tile-anomalies", SkinType.NUMBER, "Anomalies", "", 0,
                "Anomaly alerts active now: series the ML detector finds unlike their own past");
        forecast = tile("tile-forecast", SkinType.NUMBER, "Forecast +10 min", "req/s", 0,
                "The neural network's forecast of the request rate ten minutes ahead, with its 10-90% band");
        all = List.of(requests, latency, errors, cpu, availability, instances, cost, anomalies, forecast);
        Map<Tile, String> explained = Map.of(requests, HelpTopics.metric(Metric.REQUEST_RATE),
                latency, HelpTopics.metric(Metric.LATENCY_P95), errors, HelpTopics.metric(Metric.ERROR_RATE),
                cpu, HelpTopics.metric(Metric.CPU), availability, HelpTopics.metric(Metric.AVAILABILITY),
                instances, HelpTopics.metric(Metric.INSTANCES), cost, HelpTopics.metric(Metric.COST_PER_HOUR),
                anomalies, HelpTopics.alert("Anomaly"), forecast, HelpTopics.policy(Autoscaling.Policy.PREDICTIVE));
        for (Tile t : all) {
            t.setMinSize(110, TILE_HEIGHT);
            t.setPrefSize(170, TILE_HEIGHT);
            t.setMaxSize(Double.MAX_VALUE, TILE_HEIGHT);
            getChildren().add(withHelp(t, help.button(explained.get(t), "help-" + t.getId())));
        }
        model.secondProperty().addListener((obs, o, n) -> push());
        themes.themeProperty().addListener((obs, o, t) -> colour());
        colour();
        push();
    }

    /** The tile with its "?" in the top right corner, clear of the title. */
    private static StackPane withHelp(Tile tile, Node button) {
        StackPane box = new StackPane(tile, button);
        StackPane.setAlignment(button, Pos.TOP_RIGHT);
        StackPane.setMargin(button, new Insets(4));
        box.setMinWidth(110);
        box.setPrefWidth(170);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    private static Tile tile(String id, SkinType skin, String title, String unit, int decimals, String tip) {
        Tile t = TileBuilder.create().skinType(skin).title(title).unit(unit).decimals(decimals)
                .tickLabelDecimals(0).animated(false).build();
        t.setId(id);
        t.setTooltipText(tip);
        t.setMinValue(0);
        t.setTextVisible(true);
        return t;
    }

    private void push() {
        double rate = model.requestRateProperty().get();
        fitRange(requests, RATE_RANGES, rate);
        // A laptop sends about one request a second: whole numbers would hide its fluctuation.
        int decimals = rate < 10 ? 1 : 0;
        if (requests.getDecimals() != decimals) {
            requests.setDecimals(decimals);
        }
        requests.setValue(rate);
        double p95 = model.latencyP95Property().get();
        fitRange(latency, LATENCY_RANGES, p95);
        latency.setValue(p95);
        errors.setValue(model.errorRateProperty().get());
        cpu.setValue(model.cpuProperty().get());
        availability.setValue(model.availabilityProperty().get());
        instances.setValue(model.instancesProperty().get());
        cost.setValue(model.costPerHourProperty().get());
        cost.setText("spent " + Figures.dollars(model.costProperty().get()));
        pushAnomalies();
        pushForecast();
        Palette p = themes.palette();
        errors.setValueColor(model.errorRateProperty().get() > 1 ? p.health(Health.DOWN)
                : model.errorRateProperty().get() > 0.1 ? p.health(Health.DEGRADED) : p.text());
        availability.setValueColor(model.availabilityProperty().get() < 99 ? p.health(Health.DOWN)
                : model.availabilityProperty().get() < 99.9 ? p.health(Health.DEGRADED) : p.text());
    }

    private void pushAnomalies() {
        boolean watched = model.anomaliesWatchedProperty().get();
        int active = model.anomaliesProperty().get();
        anomalies.setValue(active);
        anomalies.setDescription(watched ? "active, ML detector" : "no AI detection in this run");
        anomalies.setValueColor(active > 0 ? themes.palette().health(Health.DEGRADED)
                : watched ? themes.palette().text() : themes.palette().mutedText());
    }

    private void pushForecast() {
        KpiModel.Outlook o = model.outlookProperty().get();
        if (o == null) {
            forecast.setValue(0);
            forecast.setDescription("needs 10 minutes of history");
            forecast.setText("");
            return;
        }
        forecast.setDecimals(o.median() < 10 ? 1 : 0);
        forecast.setValue(o.median());
        forecast.setDescription("band " + Figures.compact(o.low()) + " to " + Figures.compact(o.high()));
        forecast.setText(o.now() > 0 ? Figures.signedPercent(o.median() / o.now() - 1) + " vs now" : "");
    }

    private static void fitRange(Tile tile, double[] ranges, double value) {
        double range = ranges[ranges.length - 1];
        for (double r : ranges) {
            if (value <= r * 0.95) {
                range = r;
                break;
            }
        }
        if (tile.getMaxValue() != range) {
            tile.setMaxValue(range);
        }
    }

    private void colour() {
        Palette p = themes.palette();
        for (Tile t : all) {
            t.setBackgroundColor(p.panel());
            t.setForegroundColor(p.text());
            t.setTitleColor(p.mutedText());
            t.setValueColor(p.text());
            t.setUnitColor(p.mutedText());
            t.setDescriptionColor(p.mutedText());
            t.setTextColor(p.mutedText());
            t.setBarBackgroundColor(p.grid());
            t.setBarColor(p.chartRate());
            t.setNeedleColor(p.text());
            t.setThresholdColor(p.health(Health.DEGRADED));
        }
        latency.setBarColor(p.chartLatency());
        cpu.setBarColor(Color.web("#009e73"));
        push();
    }
}
