package org.devopssim.ui.chart;

import java.util.ArrayList;
import java.util.List;
import org.devopssim.simulation.metrics.Metric;
import org.devopssim.simulation.metrics.Series;
import org.devopssim.simulation.model.Node;

/**
 * The recorded samples of the chart's metrics. Latency goes on its own axis beside request
 * rate's scale; for instances, demand is the request rate over one instance's capacity: how many
 * instances the load needs at full utilisation.
 */
public final class MetricHistoryLayer implements ChartLayer {

    @Override
    public List<ChartLine> lines(ChartRequest r) {
        List<ChartLine> lines = new ArrayList<>();
        for (Metric m : r.kind().metrics()) {
            if (r.store().channel(r.owner(), m) < 0) {
                continue;
            }
            Series s = r.store().range(r.owner(), m, r.from(), r.to());
            lines.add(ChartLine.line(key(m), m.label(), m.unit(), 0, r.toEpochMillis(s.times()), s.values()));
        }
        if (r.kind() == ChartKind.CAPACITY) {
            demand(r).ifPresent(lines::add);
        }
        return lines;
    }

    private static java.util.Optional<ChartLine> demand(ChartRequest r) {
        Node node = r.topology().node(r.owner()).orElse(null);
        if (node == null || node.capacity() == null || node.capacity().perInstanceRps() <= 0
                || r.store().channel(r.owner(), Metric.REQUEST_RATE) < 0) {
            return java.util.Optional.empty();
        }
        Series rate = r.store().range(r.owner(), Metric.REQUEST_RATE, r.from(), r.to());
        double per = node.capacity().perInstanceRps();
        double[] needed = new double[rate.size()];
        for (int i = 0; i < needed.length; i++) {
            needed[i] = rate.values()[i] / per;
        }
        return java.util.Optional.of(ChartLine.line("demand", "Demand (instances at 100%)", "instances", 0,
                r.toEpochMillis(rate.times()), needed));
    }

    static String key(Metric m) {
        return m.name().toLowerCase().replace('_', '-');
    }
}
