package org.devopssim.ui.chart;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.devopssim.simulation.events.EventLog;
import org.devopssim.simulation.metrics.Metric;
import org.devopssim.simulation.metrics.MetricsStore;

/**
 * Marks on the error-rate chart where a release was judged: a canary analysis that passed and a
 * rollback (the AI canary's or a policy's), at the second of the decision, on the error line. The
 * event log holds the evidence ("errors 4.1% vs 0.2%"); the chart shows where it happened.
 */
public final class DeliveryDecisionLayer implements ChartLayer {

    static final Set<String> DECISIONS = Set.of("canary-analysis", "rollback");

    private final Supplier<EventLog> events;

    public DeliveryDecisionLayer(Supplier<EventLog> events) {
        this.events = events;
    }

    @Override
    public List<ChartLine> lines(ChartRequest r) {
        EventLog log = events.get();
        if (r.kind() != ChartKind.ERRORS || log == null || r.store().channel(r.owner(), Metric.ERROR_RATE) < 0) {
            return List.of();
        }
        long[] seconds = log.all().stream()
                .filter(e -> DECISIONS.contains(e.kind())
                        && (MetricsStore.SYSTEM.equals(r.owner()) || r.owner().equals(e.nodeId())))
                .mapToLong(e -> e.time())
                .filter(t -> t >= r.from() && t <= r.to())
                .distinct().sorted().toArray();
        if (seconds.length == 0) {
            return List.of();
        }
        return List.of(new ChartLine("release-decisions", "Canary verdict / rollback", Metric.ERROR_RATE.unit(), 0,
                ChartLine.Role.MARKERS, r.toEpochMillis(seconds), r.valuesAt(Metric.ERROR_RATE, seconds), null));
    }
}
