package org.devopssim.app;

import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.devopssim.ml.live.AutoscalingComparison;
import org.devopssim.ml.rl.DqnTraining;
import org.devopssim.ml.rl.LearnedScalingPolicy;
import org.devopssim.ml.rl.SwitchableScalingAgent;
import org.devopssim.simulation.model.PriceTable;
import org.devopssim.simulation.model.Topology;
import org.devopssim.simulation.spi.LoadForecaster;
import org.devopssim.ui.session.AutoscalerTrainer;

/**
 * The desktop app's RL training (Simulation > Train RL Autoscaler…): DQN on the topology shown, then a
 * check against the reactive policy on a fresh flash-crowd day, then the policy goes live for every run of
 * this session. Not saved: the command line's train-autoscaler writes policy files.
 */
final class AppAutoscalerTrainer implements AutoscalerTrainer {

    /** Share of the progress bar the training takes; the check against reactive takes the rest. */
    private static final double TRAINING_SHARE = 0.9;
    private static final long SEED = 1;

    private final PriceTable prices;
    private final LoadForecaster forecaster;
    private final SwitchableScalingAgent target;

    AppAutoscalerTrainer(PriceTable prices, LoadForecaster forecaster, SwitchableScalingAgent target) {
        this.prices = prices;
        this.forecaster = forecaster;
        this.target = target;
    }

    @Override
    public String trainAndInstall(Topology topology, int days, DoubleConsumer progress, BooleanSupplier cancelled) {
        DqnTraining.Options options = DqnTraining.Options.of(SEED, days);
        LearnedScalingPolicy policy = new DqnTraining(topology, prices, forecaster, options)
                .train(p -> progress.accept(TRAINING_SHARE * p.fraction()), cancelled);
        AutoscalingComparison check = new AutoscalingComparison(topology, prices, options.sloP95Ms()).withAgent(policy);
        AutoscalingComparison.Result reactive = check.run(AutoscalingComparison.Workload.FLASH_CROWD,
                AutoscalingComparison.Policy.REACTIVE, SEED + 1_000_003, forecaster);
        progress.accept(TRAINING_SHARE + (1 - TRAINING_SHARE) / 2);
        if (cancelled.getAsBoolean()) {
            throw new java.util.concurrent.CancellationException();
        }
        AutoscalingComparison.Result rl = check.run(AutoscalingComparison.Workload.FLASH_CROWD,
                AutoscalingComparison.Policy.RL, SEED + 1_000_003, forecaster);
        progress.accept(1);
        target.replace(policy);
        return String.format(Locale.ROOT, "DQN, %d simulated day(s). On a fresh flash-crowd day: %d SLO-violation minutes "
                        + "and %.1f instance-hours (reactive: %d and %.1f).", days, rl.violationMinutes(), rl.instanceHours(),
                reactive.violationMinutes(), reactive.instanceHours());
    }
}
