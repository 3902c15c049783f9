package org.devopssim.ui.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.devopssim.simulation.alerting.Alert;
import org.devopssim.simulation.alerting.AlertView;
import org.devopssim.simulation.metrics.Metric;
import org.devopssim.simulation.metrics.MetricsStore;

/**
 * Marks where the ML anomaly detector raised an alert on a charted metric: one mark per anomaly
 * alert (pending, firing or resolved), at the second it was first flagged, on the line's value
 * then. A node's chart shows its own anomalies; the system chart shows every node's on the
 * system line. The marks come from the alerts, so the chart and the alert list always agree.
 */
public final class AnomalyLayer implements ChartLayer {

    private final Supplier<AlertView> alerts;

    public AnomalyLayer(Supplier<AlertView> alerts) {
        this.alerts = alerts;
    }

    @Override
    public List<ChartLine> lines(ChartRequest r) {
        AlertView view = alerts.get();
        if (view == null) {
            return List.of();
        }
        List<ChartLine> lines = new ArrayList<>();
        for (Metric m : r.kind().metrics()) {
            if (r.store().channel(r.owner(), m) < 0) {
                continue;
            }
            String name = Alert.anomalyName(m);
            long[] seconds = Stream.concat(view.alerts().stream(), view.resolved().stream())
                    .filter(a -> a.isAnomaly() && a.name().equals(name) && covers(r.owner(), a))
                    .mapToLong(Alert::since)
                    .filter(t -> t >= r.from() && t <= r.to())
                    .distinct().sorted().toArray();
            if (seconds.length == 0) {
                continue;
            }
            lines.add(new ChartLine("anomaly-" + MetricHistoryLayer.key(m), "Anomaly: " + m.label(), m.unit(), 0,
                    ChartLine.Role.MARKERS, r.toEpochMillis(seconds), r.valuesAt(m, seconds), null));
        }
        return lines;
    }

    private static boolean covers(String owner, Alert a) {
        return MetricsStore.SYSTEM.equals(owner) || owner.equals(a.nodeId());
    }
}
