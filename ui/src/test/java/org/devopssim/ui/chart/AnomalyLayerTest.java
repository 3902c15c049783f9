package org.devopssim.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.devopssim.simulation.alerting.Alert;
import org.devopssim.simulation.alerting.AlertState;
import org.devopssim.simulation.alerting.AlertView;
import org.devopssim.simulation.engine.Simulation;
import org.devopssim.simulation.events.Severity;
import org.devopssim.simulation.metrics.Metric;
import org.devopssim.simulation.metrics.MetricsStore;
import org.devopssim.simulation.model.Mode;
import org.devopssim.ui.Presets;
import org.junit.jupiter.api.Test;

class AnomalyLayerTest {

    private static Alert anomaly(String node, Metric m, long since, AlertState state) {
        return new Alert(Alert.anomalyName(m), node, Severity.WARNING, "anomaly", state, since,
                state == AlertState.PENDING ? null : since + 30, state == AlertState.RESOLVED ? since + 90 : null,
                0.95, "unusual", false);
    }

    @Test
    void marksEachAnomalyOfTheChartedMetricOnTheLineAtItsFirstSecond() {
        Simulation sim = Presets.simulation(Mode.EXPERIMENTAL);
        sim.advance(1200);
        long to = sim.second() - 1;
        long start = sim.epochSecond() - sim.second();
        Alert threshold = new Alert("HighErrorRate", "api-aws", Severity.CRITICAL, "rule", AlertState.FIRING, 700,
                730L, null, 9, "errors", false);
        AlertView view = new AlertView(to, false,
                List.of(anomaly("api-aws", Metric.REQUEST_RATE, 900, AlertState.FIRING), threshold,
                        anomaly("api-azure", Metric.REQUEST_RATE, 950, AlertState.PENDING),
                        anomaly("api-aws", Metric.LATENCY_P95, 910, AlertState.FIRING)),
                List.of(anomaly("api-aws", Metric.REQUEST_RATE, 300, AlertState.RESOLVED)), List.of(), List.of(), 3, 1);
        AnomalyLayer layer = new AnomalyLayer(() -> view);

        List<ChartLine> node = layer.lines(new ChartRequest(sim.metrics(), sim.topology(), "api-aws", ChartKind.REQUESTS,
                0, to, start));
        assertEquals(1, node.size());
        ChartLine marks = node.getFirst();
        assertEquals(ChartLine.Role.MARKERS, marks.role());
        assertEquals(2, marks.size(), "the resolved one and the firing one, not the other node's");
        assertEquals((start + 300) * 1000, marks.epochMillis()[0]);
        assertEquals((start + 900) * 1000, marks.epochMillis()[1]);
        double rateAt900 = sim.metrics().range("api-aws", Metric.REQUEST_RATE, 900, 900).values()[0];
        assertEquals(rateAt900, marks.values()[1], 1e-9, "on the line's value then");
        assertTrue(rateAt900 > 0);

        List<ChartLine> system = layer.lines(new ChartRequest(sim.metrics(), sim.topology(), MetricsStore.SYSTEM,
                ChartKind.REQUESTS, 0, to, start));
        assertEquals(3, system.getFirst().size(), "every node's request-rate anomalies on the system chart");

        List<ChartLine> window = layer.lines(new ChartRequest(sim.metrics(), sim.topology(), "api-aws",
                ChartKind.REQUESTS, 600, to, start));
        assertEquals(1, window.getFirst().size(), "only those inside the window");

        List<ChartLine> latency = layer.lines(new ChartRequest(sim.metrics(), sim.topology(), "api-aws",
                ChartKind.LATENCY, 0, to, start));
        assertEquals(List.of("anomaly-latency-p95"), latency.stream().map(ChartLine::key).toList());
        assertTrue(layer.lines(new ChartRequest(sim.metrics(), sim.topology(), "api-aws", ChartKind.ERRORS, 0, to, start))
                .isEmpty(), "no error-rate anomaly, no marks");
    }

    @Test
    void aMarkOlderThanTheSecondBySecondHistoryStandsOnItsMinutesMean() {
        Simulation sim = Presets.simulation(Mode.EXPERIMENTAL);
        sim.advance(1200);
        long to = sim.second() - 1;
        AlertView view = new AlertView(to, false, List.of(),
                List.of(anomaly("api-aws", Metric.REQUEST_RATE, 130, AlertState.RESOLVED)), List.of(), List.of(), 1, 1);
        ChartLine marks = new AnomalyLayer(() -> view).lines(new ChartRequest(sim.metrics(), sim.topology(), "api-aws",
                ChartKind.REQUESTS, 0, to, sim.epochSecond() - sim.second())).getFirst();
        double minuteMean = sim.metrics().valueAt(sim.metrics().channel("api-aws", Metric.REQUEST_RATE), 130);
        assertTrue(minuteMean > 0);
        assertEquals(minuteMean, marks.values()[0], 1e-9, "on the line (per-minute means there), not at zero");
    }
}
