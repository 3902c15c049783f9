package org.devopssim.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.devopssim.simulation.engine.Simulation;
import org.devopssim.simulation.engine.Snapshot;
import org.devopssim.simulation.engine.Speed;
import org.devopssim.simulation.model.Mode;
import org.devopssim.ui.Presets;
import org.devopssim.ui.model.ChartWindow;
import org.devopssim.ui.model.Selection;
import org.junit.jupiter.api.Test;

class MetricChartModelTest {

    private final Simulation sim = Presets.simulation(Mode.PRODUCTION);
    private final Selection selection = new Selection();
    private final MetricChartModel model = new MetricChartModel(sim::metrics, selection);

    private Snapshot snapshot() {
        return sim.snapshot(Snapshot.RunState.RUNNING, Speed.REAL_TIME, List.of());
    }

    @Test
    void theSystemWhenNothingIsSelectedThenTheSelectedNode() {
        sim.advance(120);
        ChartData system = model.refresh(snapshot(), sim.second()).orElseThrow();
        assertEquals("System", system.scope());
        assertEquals(List.of("request-rate"), system.lines().stream().map(ChartLine::key).toList());
        assertEquals(120, system.lines().getFirst().size());

        selection.select("api");
        model.kindProperty().set(ChartKind.LATENCY);
        ChartData api = model.refresh(snapshot(), sim.second()).orElseThrow();
        assertEquals(List.of("latency-p50", "latency-p95", "latency-p99"), api.lines().stream().map(ChartLine::key).toList());
        assertTrue(api.scope().toLowerCase().contains("api"), api.scope());
        assertTrue(model.refresh(snapshot(), sim.second()).isEmpty(), "nothing changed: nothing to redraw");
    }

    @Test
    void instancesComeWithTheDemandTheLoadMakes() {
        sim.advance(60);
        selection.select("api");
        model.kindProperty().set(ChartKind.CAPACITY);
        ChartData data = model.refresh(snapshot(), sim.second()).orElseThrow();
        assertEquals(List.of("instances", "demand"), data.lines().stream().map(ChartLine::key).toList());
        assertTrue(data.lines().get(1).values()[59] > 0);
    }

    @Test
    void aDayIsThinnedForDisplayAndEndsAtTheCursor() {
        sim.advance(6 * 3600);
        model.windowProperty().set(ChartWindow.ONE_DAY);
        ChartData live = model.refresh(snapshot(), sim.second()).orElseThrow();
        assertTrue(live.lines().getFirst().size() <= MetricChartModel.MAX_POINTS);
        ChartData past = model.refresh(snapshot(), 3600).orElseThrow();
        assertEquals((snapshot().epochSecond() - sim.second() + 3600) * 1000, past.toMillis());
    }

    @Test
    void anotherLayerAddsItsLinesWithoutChangingTheChart() {
        sim.advance(30);
        model.addLayer(r -> List.of(new ChartLine("forecast", "Forecast", "req/s", 0, ChartLine.Role.BAND,
                new long[] {1}, new double[] {2}, new double[] {1})));
        ChartData data = model.refresh(snapshot(), sim.second()).orElseThrow();
        assertEquals(List.of("request-rate", "forecast"), data.lines().stream().map(ChartLine::key).toList());
    }
}
