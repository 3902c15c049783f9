package org.devopssim.ml.live;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.devopssim.assets.Assets;
import org.devopssim.ml.forecast.AdaptiveLoadForecaster;
import org.devopssim.ml.forecast.ShippedModel;
import org.devopssim.ml.live.AutoscalingComparison.Policy;
import org.devopssim.ml.live.AutoscalingComparison.Result;
import org.devopssim.ml.live.AutoscalingComparison.Workload;
import org.devopssim.ml.rl.LearnedScalingPolicy;
import org.devopssim.ml.rl.ShippedPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped RL policy against the reactive one on the Production preset, seed 11 (not a training seed).
 * Criterion (the reward it was trained for): instance-hours + 5 x SLO-violation minutes, lower is better.
 * It must win on the flash crowd (its training workload: the daily curve with surges) and not lose badly
 * on the ramp, a load shape it never saw (a slow doubling held for hours).
 */
class RlAutoscalingTest {

    private static final double WEIGHT = 5;
    private static AutoscalingComparison comparison;
    private static AdaptiveLoadForecaster forecaster;

    @BeforeAll
    static void load() {
        LearnedScalingPolicy policy = ShippedPolicy.load(() -> Assets.open(ShippedPolicy.ASSET_PATH), ShippedPolicy.ASSET_PATH);
        comparison = new AutoscalingComparison(Presets.preset("production"), Presets.prices(), 300).withAgent(policy);
        forecaster = new AdaptiveLoadForecaster();
        ShippedModel.loadInto(forecaster, () -> Assets.open(ShippedModel.ASSET_PATH), ShippedModel.ASSET_PATH);
    }

    private static double combined(Result r) {
        return r.instanceHours() + WEIGHT * r.violationMinutes();
    }

    @Test
    void beatsReactiveOnItsTrainingWorkload() {
        Result reactive = comparison.run(Workload.FLASH_CROWD, Policy.REACTIVE, 11, forecaster);
        Result rl = comparison.run(Workload.FLASH_CROWD, Policy.RL, 11, forecaster);
        assertTrue(combined(rl) < combined(reactive), rl + " vs " + reactive);
        assertTrue(rl.instanceHours() < reactive.instanceHours(), rl + " vs " + reactive);
    }

    @Test
    void doesNotLoseBadlyOnAnUnseenWorkload() {
        Result reactive = comparison.run(Workload.RAMP, Policy.REACTIVE, 11, forecaster);
        Result rl = comparison.run(Workload.RAMP, Policy.RL, 11, forecaster);
        assertTrue(combined(rl) <= 1.1 * combined(reactive), rl + " vs " + reactive);
        assertTrue(rl.violationMinutes() <= reactive.violationMinutes() + 10, rl + " vs " + reactive);
    }
}
