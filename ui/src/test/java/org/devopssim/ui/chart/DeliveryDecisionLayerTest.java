package org.devopssim.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.devopssim.simulation.engine.Simulation;
import org.devopssim.simulation.events.EventLog;
import org.devopssim.simulation.events.Severity;
import org.devopssim.simulation.events.SimEvent;
import org.devopssim.simulation.metrics.Metric;
import org.devopssim.simulation.metrics.MetricsStore;
import org.devopssim.simulation.model.Mode;
import org.devopssim.ui.Presets;
import org.junit.jupiter.api.Test;

class DeliveryDecisionLayerTest {

    @Test
    void marksCanaryVerdictsAndRollbacksOnTheErrorLine() {
        Simulation sim = Presets.simulation(Mode.PRODUCTION);
        sim.advance(1200);
        long to = sim.second() - 1;
        long start = sim.epochSecond() - sim.second();
        EventLog log = new EventLog(100);
        log.append(new SimEvent(500, Severity.INFO, "api", "canary-analysis", "api: canary passed at 10%"));
        log.append(new SimEvent(700, Severity.CRITICAL, "api", "rollback", "api: rolled back from v2 to v1"));
        log.append(new SimEvent(800, Severity.INFO, "api", "instance-ready", "api: 1 instance ready"));
        DeliveryDecisionLayer layer = new DeliveryDecisionLayer(() -> log);

        List<ChartLine> errors = layer.lines(new ChartRequest(sim.metrics(), sim.topology(), "api", ChartKind.ERRORS,
                0, to, start));
        assertEquals(1, errors.size());
        ChartLine marks = errors.getFirst();
        assertEquals(ChartLine.Role.MARKERS, marks.role());
        assertEquals(2, marks.size(), "the verdict and the rollback, not the other event");
        assertEquals((start + 700) * 1000, marks.epochMillis()[1]);
        assertEquals(sim.metrics().range("api", Metric.ERROR_RATE, 700, 700).values()[0], marks.values()[1], 1e-9);

        assertEquals(2, layer.lines(new ChartRequest(sim.metrics(), sim.topology(), MetricsStore.SYSTEM,
                ChartKind.ERRORS, 0, to, start)).getFirst().size(), "the system chart shows every service's");
        assertTrue(layer.lines(new ChartRequest(sim.metrics(), sim.topology(), "db-primary", ChartKind.ERRORS,
                0, to, start)).isEmpty(), "another node's chart has none");
        assertTrue(layer.lines(new ChartRequest(sim.metrics(), sim.topology(), "api", ChartKind.REQUESTS,
                0, to, start)).isEmpty(), "only on the error-rate chart");
    }
}
