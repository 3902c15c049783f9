package org.devopssim.ml.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.devopssim.ml.forecast.AdaptiveLoadForecaster;
import org.devopssim.ml.live.AutoscalingComparison.Policy;
import org.devopssim.ml.live.AutoscalingComparison.Result;
import org.devopssim.ml.live.AutoscalingComparison.Workload;
import org.junit.jupiter.api.Test;

/** The first ten hours of the ramp (load doubles from 06:00 to 08:00) on the production preset. */
class AutoscalingComparisonTest {

    private static final long TEN_HOURS = 10 * 3600;

    @Test
    void fixedCapacityViolatesTheSloUnderTheRampAndAutoscalingPaysForMoreInstances() {
        AutoscalingComparison c = new AutoscalingComparison(Presets.preset("production"), Presets.prices(), 300);
        Result none = c.run(Workload.RAMP, Policy.NONE, 1, null, TEN_HOURS);
        Result reactive = c.run(Workload.RAMP, Policy.REACTIVE, 1, null, TEN_HOURS);
        assertEquals(4 * 10, none.instanceHours(), 1e-9, "four instances the whole time");
        assertTrue(none.violationMinutes() > 30, "800 req/s of capacity under a doubled load: " + none);
        assertTrue(reactive.violationMinutes() < none.violationMinutes() / 4, reactive + " vs " + none);
        assertTrue(reactive.instanceHours() > none.instanceHours(), reactive.toString());
        assertEquals(reactive, c.run(Workload.RAMP, Policy.REACTIVE, 1, null, TEN_HOURS), "deterministic for a seed");
    }

    @Test
    void predictiveRunsCountWhichForecasterSizedThem() {
        AutoscalingComparison c = new AutoscalingComparison(Presets.preset("production"), Presets.prices(), 300);
        try (AdaptiveLoadForecaster noModel = new AdaptiveLoadForecaster()) {
            Result r = c.run(Workload.RAMP, Policy.PREDICTIVE, 1, noModel, 3600);
            int forecasts = r.forecastSources().values().stream().mapToInt(Integer::intValue).sum();
            assertEquals((3585 - 600) / 15 + 1, forecasts, "every 15 s once ten minutes are held: " + r.forecastSources());
            assertTrue(r.forecastSources().keySet().stream().allMatch(s -> s.contains("statistical fallback")));
        }
    }

    @Test
    void aReplayedTraceIsSmoothedScaledAndPlayedOnAFlatLoad() {
        AutoscalingComparison.Trace t = AutoscalingComparison.Trace.of("t", new double[] {1, 3, 5, 3}, 300, 2, 0.6);
        // trailing means over 2 steps: 1, 2, 4, 4 (mean 2.75), scaled to a mean of 0.6
        org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {0.6 / 2.75, 1.2 / 2.75, 2.4 / 2.75, 2.4 / 2.75},
                t.multipliers(), 1e-12);
        assertEquals(1200, t.seconds());
        assertTrue(t.at(0).isEmpty(), "the first step scales the traffic sources instead");
        var second = (org.devopssim.simulation.engine.Fault.TrafficSpike) t.at(300).getFirst();
        assertEquals(2.0, second.factor(), 1e-12);
        assertEquals(900, second.durationSeconds());
        var third = (org.devopssim.simulation.engine.Fault.TrafficSpike) t.at(600).getFirst();
        assertEquals(2.0, third.factor(), 1e-12, "each step multiplies by its change");
        assertEquals(1.0, ((org.devopssim.simulation.engine.Fault.TrafficSpike) t.at(900).getFirst()).factor(), 1e-12);
        assertTrue(t.at(150).isEmpty() && t.at(1200).isEmpty());

        AutoscalingComparison c = new AutoscalingComparison(Presets.preset("production"), Presets.prices(), 300);
        double[] quiet = new double[12];
        java.util.Arrays.fill(quiet, 1);
        Result light = c.run(AutoscalingComparison.Trace.of("light", quiet, 300, 1, 0.4), Policy.NONE, 1, null);
        Result heavy = c.run(AutoscalingComparison.Trace.of("heavy", quiet, 300, 1, 1.5), Policy.NONE, 1, null);
        assertEquals(0, light.violationMinutes(), light.toString());
        assertTrue(heavy.violationMinutes() > 40, "1.5 x the peak on four instances: " + heavy);
    }
}
