package org.devopssim.ui.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.devopssim.simulation.engine.Snapshot;
import org.devopssim.simulation.metrics.MetricsStore;
import org.devopssim.simulation.model.Node;
import org.devopssim.ui.model.ChartWindow;
import org.devopssim.ui.model.Selection;

/**
 * Feeds the charts from the metrics store rather than from snapshots: snapshots skip seconds at
 * high speed, the store holds every one (and per-minute means further back, which is what a
 * 24-hour window wants). Reads happen in batches, a few times a second, and only when the
 * window, the scope or the newest second changed; lines are thinned to {@link #MAX_POINTS}.
 */
public final class MetricChartModel {

    /** Per line: about two points per horizontal pixel of a wide chart. */
    static final int MAX_POINTS = 1200;

    private final Supplier<MetricsStore> store;
    private final Selection selection;
    private final List<ChartLayer> layers = new CopyOnWriteArrayList<>(List.of(new MetricHistoryLayer()));
    private final ObjectProperty<ChartKind> kind = new SimpleObjectProperty<>(this, "kind", ChartKind.REQUESTS);
    private final ObjectProperty<ChartWindow> window = new SimpleObjectProperty<>(this, "window", ChartWindow.ONE_HOUR);
    private final BooleanProperty followSelection = new SimpleBooleanProperty(this, "followSelection", true);
    private Object lastKey;

    public MetricChartModel(Supplier<MetricsStore> store, Selection selection) {
        this.store = store;
        this.selection = selection;
    }

    /** Adds a source of lines (e.g. a forecast band); it is asked on every refresh. */
    public void addLayer(ChartLayer layer) {
        layers.add(layer);
        invalidate();
    }

    public ObjectProperty<ChartKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<ChartWindow> windowProperty() {
        return window;
    }

    /** Whether the chart shows the selected node (true) or always the whole system. */
    public BooleanProperty followSelectionProperty() {
        return followSelection;
    }

    /**
     * The lines of the window ending at {@code endSecond} (the snapshot's second when live), or
     * empty when nothing changed since the previous call.
     */
    public Optional<ChartData> refresh(Snapshot s, long endSecond) {
        MetricsStore metrics = store.get();
        if (metrics == null || metrics.newestSecond() < 0) {
            return Optional.empty();
        }
        long to = Math.min(endSecond, metrics.newestSecond());
        Node node = owner(s);
        String owner = node == null ? MetricsStore.SYSTEM : node.id();
        List<Object> key = List.of(metrics, to, owner, kind.get(), window.get(), layers.size());
        if (key.equals(lastKey)) {
            return Optional.empty();
        }
        lastKey = key;
        long from = Math.max(0, to - window.get().seconds() + 1);
        ChartRequest request = new ChartRequest(metrics, s.topology(), owner, kind.get(), from, to,
                s.epochSecond() - s.second());
        List<ChartLine> lines = new ArrayList<>();
        int samples = 0;
        for (ChartLayer layer : layers) {
            for (ChartLine line : layer.lines(request)) {
                samples += line.size();
                lines.add(Downsample.minMax(line, MAX_POINTS));
            }
        }
        String scope = node == null ? "System" : node.displayName();
        // A forecast layer draws past the newest sample: the time axis reaches as far as any line.
        long end = (request.startEpoch() + to) * 1000;
        for (ChartLine line : lines) {
            if (line.size() > 0) {
                end = Math.max(end, line.epochMillis()[line.size() - 1]);
            }
        }
        return Optional.of(new ChartData(scope, kind.get(), lines, (request.startEpoch() + from) * 1000, end, samples));
    }

    /** The next refresh reads again (e.g. after the theme changed the chart). */
    public void invalidate() {
        lastKey = null;
    }

    /** The selected node when following it and it records metrics; else null (the system). */
    private Node owner(Snapshot s) {
        String id = selection.getNodeId();
        if (!followSelection.get() || id == null) {
            return null;
        }
        Node node = s.topology().node(id).orElse(null);
        MetricsStore metrics = store.get();
        return node != null && metrics.channel(node.id(), org.devopssim.simulation.metrics.Metric.REQUEST_RATE) >= 0
                ? node : null;
    }
}
