package org.devopssim.ml.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.devopssim.ml.forecast.ForecastTraining;
import org.devopssim.simulation.engine.Simulation;
import org.devopssim.simulation.metrics.Metric;
import org.devopssim.simulation.metrics.Series;
import org.devopssim.simulation.model.Topology;
import org.junit.jupiter.api.Test;

class MinuteMeansTest {

    @Test
    void collectsTheAutoscaledServicesMinuteMeansWithoutChangingTheRun() {
        Topology production = Presets.preset("production");
        assertEquals(List.of("api"), MinuteMeans.autoscaledServices(production.nodes()));
        Simulation watched = new Simulation(production, 7, Presets.prices());
        MinuteMeans means = new MinuteMeans(List.of("api"), 30);
        watched.addObserver(means);
        Simulation plain = new Simulation(production, 7, Presets.prices());
        watched.advance(45 * 60);
        plain.advance(45 * 60);
        assertEquals(plain.system(), watched.system(), "observing does not change the run");

        assertEquals(45, means.minutes());
        ForecastTraining.Series s = means.snapshot().getFirst();
        assertEquals(30, s.values().length, "only the newest 30 minutes are held");
        assertEquals(watched.epochSecond() - 30 * 60, s.firstTimestamp());
        Series lastMinute = watched.metrics().range("api", Metric.REQUEST_RATE, 44 * 60, 45 * 60 - 1);
        double mean = 0;
        for (double v : lastMinute.values()) {
            mean += v / lastMinute.size();
        }
        assertEquals(mean, s.values()[29], 1e-9);
        assertTrue(s.values()[0] > 100, "requests are flowing");
    }
}
