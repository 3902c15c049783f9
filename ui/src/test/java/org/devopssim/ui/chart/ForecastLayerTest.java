package org.devopssim.ui.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.devopssim.simulation.engine.Simulation;
import org.devopssim.simulation.metrics.MetricsStore;
import org.devopssim.simulation.model.Mode;
import org.devopssim.simulation.spi.Forecast;
import org.devopssim.simulation.spi.LoadForecaster;
import org.devopssim.simulation.spi.SeriesWindow;
import org.devopssim.ui.Presets;
import org.junit.jupiter.api.Test;

class ForecastLayerTest {

    /** Forecasts the last value flat, with a band of +-10%, and remembers what it was given. */
    private static final class Flat implements LoadForecaster {
        SeriesWindow seen;

        @Override
        public Forecast forecast(SeriesWindow history, int horizonSteps) {
            seen = history;
            double v = history.values()[history.size() - 1];
            double[] m = new double[horizonSteps];
            Arrays.fill(m, v);
            return new Forecast(history.lastTimestamp() + 60, 60, Arrays.stream(m).map(x -> x * 0.9).toArray(), m,
                    Arrays.stream(m).map(x -> x * 1.1).toArray(), "flat test");
        }
    }

    @Test
    void drawsTheMedianAndBandTenMinutesPastTheNewestSample() {
        Simulation sim = Presets.simulation(Mode.PRODUCTION);
        sim.advance(1800);
        long to = sim.second() - 1;
        long start = sim.epochSecond() - sim.second();
        Flat forecaster = new Flat();
        ChartRequest request = new ChartRequest(sim.metrics(), sim.topology(), MetricsStore.SYSTEM, ChartKind.REQUESTS,
                0, to, start);
        List<ChartLine> lines = new ForecastLayer(forecaster).lines(request);
        assertEquals(List.of("forecast", "forecast-high", "forecast-low"), lines.stream().map(ChartLine::key).toList());
        assertEquals(60, forecaster.seen.stepSeconds(), "one-minute means");
        assertEquals(30, forecaster.seen.size(), "the half hour there is");
        ChartLine median = lines.getFirst();
        assertEquals(ForecastLayer.HORIZON_MINUTES + 1, median.size());
        assertEquals((start + to) * 1000, median.epochMillis()[0], "starts at the newest sample");
        assertEquals((start + to + 1 + 600 - 60 + 60) * 1000, median.epochMillis()[ForecastLayer.HORIZON_MINUTES], 60_000);
        assertTrue(median.label().contains("flat test"), "names the forecaster");
        assertEquals("MLP quantile forecaster", ForecastLayer.shortName("MLP quantile forecaster (DJL PyTorch), shipped v1"));
        assertArrayEquals(lines.get(2).values(), lines.get(1).lower(), "the band's edges");
        assertTrue(new ForecastLayer(forecaster).lines(new ChartRequest(sim.metrics(), sim.topology(), MetricsStore.SYSTEM,
                ChartKind.LATENCY, 0, to, start)).isEmpty(), "only on the request-rate chart");
    }
}
