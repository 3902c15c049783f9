package org.devopssim.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.devopssim.simulation.engine.Simulation;
import org.devopssim.simulation.engine.Snapshot;
import org.devopssim.simulation.engine.Speed;
import org.devopssim.simulation.model.Mode;
import org.devopssim.ui.Presets;
import org.junit.jupiter.api.Test;

class TrafficChartModelTest {

    @Test
    void readsEverySecondOfTheWindowFromTheStoreAndNothingWhenUnchanged() {
        Simulation sim = Presets.simulation(Mode.PRODUCTION);
        TrafficChartModel model = new TrafficChartModel(sim::metrics);
        model.windowProperty().set(ChartWindow.FIVE_MINUTES);
        sim.advance(400);
        Snapshot s = sim.snapshot(Snapshot.RunState.RUNNING, Speed.MAX, List.of());
        TrafficSeries series = model.refresh(s).orElseThrow();
        assertEquals(300, series.size());
        long lastSecond = sim.metrics().newestSecond();
        assertEquals((s.epochSecond() - s.second() + lastSecond) * 1000, series.epochMillis()[299]);
        assertEquals(sim.metrics().range("system", org.devopssim.simulation.metrics.Metric.REQUEST_RATE,
                lastSecond, lastSecond).last(), series.requestRate()[299], 1e-9);
        assertTrue(model.refresh(s).isEmpty(), "same second, same window: nothing to redraw");

        model.windowProperty().set(ChartWindow.ONE_HOUR);
        assertEquals(lastSecond + 1, model.refresh(s).orElseThrow().size());
    }
}
