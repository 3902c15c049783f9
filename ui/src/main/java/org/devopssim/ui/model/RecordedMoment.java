package org.devopssim.ui.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.devopssim.simulation.engine.NodeStatus;
import org.devopssim.simulation.engine.Snapshot;
import org.devopssim.simulation.engine.StatusHistory;
import org.devopssim.simulation.engine.SystemStatus;
import org.devopssim.simulation.model.Node;
import org.devopssim.simulation.metrics.Metric;
import org.devopssim.simulation.metrics.MetricsStore;
import org.devopssim.simulation.metrics.Series;

/**
 * The system's (and each node's) figures at a past second, read back from the metrics store. Beyond the recent
 * per-second history the store holds per-minute means, so an older moment shows its minute's
 * mean. Cost so far is not a recorded metric: it is summed from the recorded cost rate.
 */
public final class RecordedMoment {

    private RecordedMoment() {
    }

    public static SystemStatus at(MetricsStore store, long second) {
        double rate = value(store, Metric.REQUEST_RATE, second);
        double errors = value(store, Metric.ERROR_RATE, second);
        Series cost = store.range(MetricsStore.SYSTEM, Metric.COST_PER_HOUR, 0, second);
        double spent = 0;
        for (int i = 0; i < cost.size() && cost.times()[i] <= second; i++) {
            long next = Math.min(i + 1 < cost.size() ? cost.times()[i + 1] : second + 1, second + 1);
            spent += cost.values()[i] * (next - cost.times()[i]) / 3600.0;
        }
        return new SystemStatus(rate, rate * (1 - errors / 100), errors, value(store, Metric.LATENCY_P50, second),
                value(store, Metric.LATENCY_P95, second), value(store, Metric.LATENCY_P99, second),
                value(store, Metric.AVAILABILITY, second), value(store, Metric.QUEUE, second),
                (int) Math.round(value(store, Metric.INSTANCES, second)), value(store, Metric.CPU, second),
                value(store, Metric.COST_PER_HOUR, second), spent);
    }

    /**
     * The whole run at a past second, as a snapshot the topology view can draw: each node's health,
     * booting instances, utilisation and link rates from the run's status history, its other figures
     * from the metrics store (per-minute means where only those are left). Figures neither records
     * (end-to-end latency, build time) are 0. Empty when the second is no longer (or not yet) held,
     * or the history belongs to another run than {@code live}.
     *
     * @param live the newest snapshot of the same run, for its topology and calendar
     */
    public static Optional<Snapshot> snapshotAt(MetricsStore store, StatusHistory history, Snapshot live, long second) {
        if (store == null || history == null || live == null) {
            return Optional.empty();
        }
        StatusHistory.Moment m = history.at(second);
        List<Node> nodes = live.topology().nodes();
        if (m == null || m.health().length != nodes.size() || m.linkRates().length != live.topology().links().size()) {
            return Optional.empty();
        }
        List<NodeStatus> statuses = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            String id = nodes.get(i).id();
            statuses.add(new NodeStatus(id, m.health()[i], (int) Math.round(node(store, id, Metric.INSTANCES, second)),
                    m.booting()[i], node(store, id, Metric.REQUEST_RATE, second), node(store, id, Metric.ERROR_RATE, second),
                    node(store, id, Metric.LATENCY_P50, second), node(store, id, Metric.LATENCY_P95, second),
                    node(store, id, Metric.LATENCY_P99, second), 0, m.utilization()[i], node(store, id, Metric.CPU, second),
                    node(store, id, Metric.MEMORY, second), node(store, id, Metric.DISK, second),
                    node(store, id, Metric.NETWORK, second), node(store, id, Metric.QUEUE, second),
                    node(store, id, Metric.REPLICATION_LAG, second), node(store, id, Metric.CACHE_HIT_RATIO, second),
                    node(store, id, Metric.CONSUMER_LAG, second), node(store, id, Metric.CONNECTIONS, second),
                    node(store, id, Metric.COST_PER_HOUR, second), 0));
        }
        long epochStart = live.epochSecond() - live.second();
        return Optional.of(new Snapshot(live.topology(), second, epochStart + second, Snapshot.RunState.PAUSED,
                live.speed(), at(store, second), statuses, m.linkRates(), List.of(), live.pipeline(), live.dora()));
    }

    /** A node's recorded figure at the second; 0 where the node records no such metric. */
    private static double node(MetricsStore store, String id, Metric metric, long second) {
        double v = store.valueAt(store.channel(id, metric), second);
        return Double.isNaN(v) ? 0 : v;
    }

    /** The sample at the second, or the per-minute mean that covers it. */
    private static double value(MetricsStore store, Metric metric, long second) {
        Series s = store.range(MetricsStore.SYSTEM, metric, Math.max(0, second - 59), second);
        // The store may return per-minute means up to where its per-second history starts.
        double v = 0;
        for (int i = 0; i < s.size() && s.times()[i] <= second; i++) {
            v = s.values()[i];
        }
        return v;
    }
}
