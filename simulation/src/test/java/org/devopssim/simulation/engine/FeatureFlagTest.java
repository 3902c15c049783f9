package org.devopssim.simulation.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import org.devopssim.simulation.Fixtures;
import org.devopssim.simulation.spi.AnomalyDetector;
import org.devopssim.simulation.spi.Forecast;
import org.devopssim.simulation.spi.LoadForecaster;
import org.junit.jupiter.api.Test;

/** Switching the experimental features off (and on) takes effect in the run and is recorded. */
class FeatureFlagTest {

    /** Forecasts ten times the last value: predictive services size for a crowd that never comes. */
    private static final LoadForecaster TEN_TIMES = (history, steps) -> {
        double last = history.values()[history.values().length - 1] * 10;
        double[] band = new double[steps];
        Arrays.fill(band, last);
        return new Forecast(history.firstTimestamp(), history.stepSeconds(), band, band, band, "test");
    };

    /** Scores everything anomalous. */
    private static final AnomalyDetector ALWAYS = () -> (epoch, value) -> 1;

    private static int instances(Simulation sim, String id) {
        NodeStatus s = sim.status(id);
        return s.instancesReady() + s.instancesBooting();
    }

    @Test
    void predictiveAutoscalingOffFollowsUtilisationInstead() {
        Simulation on = Fixtures.simulation("experimental", 3);
        Simulation off = Fixtures.simulation("experimental", 3);
        on.attachForecaster(TEN_TIMES);
        off.attachForecaster(TEN_TIMES);
        off.apply(new Action.SetFeature("predictive-autoscaling", false));
        on.advance(1_800);
        off.advance(1_800);
        assertEquals(15, instances(on, "api-aws"), "sized on the inflated forecast, up to the maximum");
        assertTrue(instances(off, "api-aws") < 10, "sized on utilisation: " + instances(off, "api-aws"));
        assertEquals(Set.of(Feature.PREDICTIVE_AUTOSCALING), off.disabledFeatures());

        off.apply(new Action.SetFeature("predictive-autoscaling", true));
        off.advance(600);
        assertEquals(15, instances(off, "api-aws"), "back on, the forecast sizes it again");
        assertTrue(off.featureEnabled(Feature.PREDICTIVE_AUTOSCALING));
    }

    @Test
    void aiCanaryOffLeavesTheCanaryToItsFixedAnalysis() {
        Simulation on = Fixtures.simulation("experimental", 4);
        Simulation off = Fixtures.simulation("experimental", 4);
        on.attachAnomalyDetector(ALWAYS);
        off.attachAnomalyDetector(ALWAYS);
        off.apply(new Action.SetFeature("ai-canary", false));
        for (Simulation sim : new Simulation[]{on, off}) {
            sim.advance(300);
            sim.apply(new Action.Deploy("api-aws", "v2", null, 0, 1));
            sim.advance(120);
        }
        assertTrue(on.eventLog().all().stream().anyMatch(e -> e.kind().equals("rollback")
                && e.message().contains("AI analysis")), "the detector rolls the canary back");
        assertFalse(off.eventLog().all().stream().anyMatch(e -> e.message().contains("AI analysis")),
                "no AI verdict with the feature off");
    }

    @Test
    void unknownFeaturesAreRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Action.SetFeature("time-travel", false));
        assertTrue(e.getMessage().contains("ai-log-analysis"), e.getMessage());
    }
}
