package org.devopssim.ui.model;

import org.devopssim.simulation.engine.SystemStatus;
import org.devopssim.simulation.metrics.Metric;
import org.devopssim.simulation.metrics.MetricsStore;
import org.devopssim.simulation.metrics.Series;

/**
 * The system's figures at a past second, read back from the metrics store. Beyond the recent
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
