package org.devopssim.ui.model;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.devopssim.simulation.engine.Snapshot;
import org.devopssim.simulation.metrics.Metric;
import org.devopssim.simulation.metrics.MetricsStore;
import org.devopssim.simulation.metrics.Series;

/**
 * Feeds the traffic chart from the metrics store rather than from snapshots: snapshots skip
 * seconds at high speed, the store holds every one (and per-minute means further back, which
 * is what a 24-hour window wants anyway). Called in batches, a few times a second.
 */
public final class TrafficChartModel {

    private final Supplier<MetricsStore> store;
    private final ObjectProperty<ChartWindow> window = new SimpleObjectProperty<>(this, "window", ChartWindow.ONE_HOUR);
    private MetricsStore lastStore;
    private long lastSecond = -1;
    private ChartWindow lastWindow;

    public TrafficChartModel(Supplier<MetricsStore> store) {
        this.store = store;
    }

    public ObjectProperty<ChartWindow> windowProperty() {
        return window;
    }

    /** The window's samples up to the snapshot's second, or empty when nothing changed. */
    public Optional<TrafficSeries> refresh(Snapshot s) {
        MetricsStore metrics = store.get();
        if (metrics == null) {
            return Optional.empty();
        }
        long newest = Math.min(s.second(), metrics.newestSecond());
        if (metrics == lastStore && newest == lastSecond && window.get() == lastWindow) {
            return Optional.empty();
        }
        lastStore = metrics;
        lastSecond = newest;
        lastWindow = window.get();
        long from = Math.max(0, newest - window.get().seconds() + 1);
        Series rate = metrics.range(MetricsStore.SYSTEM, Metric.REQUEST_RATE, from, newest);
        Series p95 = metrics.range(MetricsStore.SYSTEM, Metric.LATENCY_P95, from, newest);
        int n = Math.min(rate.size(), p95.size());
        long startEpoch = s.epochSecond() - s.second();
        long[] millis = new long[n];
        for (int i = 0; i < n; i++) {
            millis[i] = (startEpoch + rate.times()[i]) * 1000;
        }
        return Optional.of(new TrafficSeries(millis, java.util.Arrays.copyOf(rate.values(), n),
                java.util.Arrays.copyOf(p95.values(), n)));
    }

    /** Forces the next refresh to read again (e.g. after the theme changed the chart). */
    public void invalidate() {
        lastStore = null;
    }
}
