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
}
