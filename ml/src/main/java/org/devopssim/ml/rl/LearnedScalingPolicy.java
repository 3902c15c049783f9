package org.devopssim.ml.rl;

import org.devopssim.simulation.spi.ScalingAgent;
import org.devopssim.simulation.spi.ScalingState;

/**
 * A trained autoscaling policy: the greedy action of its Q-network on the service's features. Plain
 * Java, immutable, safe to share between simulations.
 *
 * @param network     Q-values of the {@link ScalingAgent#ACTIONS} from {@link ScalingFeatures}
 * @param description how it was trained (method, topology, experience, seed, reward weight)
 */
public record LearnedScalingPolicy(PolicyNetwork network, String description) implements ScalingAgent {

    public LearnedScalingPolicy {
        if (network.inputs() != ScalingFeatures.COUNT || network.outputs() != ACTIONS.length) {
            throw new IllegalArgumentException("a scaling policy needs " + ScalingFeatures.COUNT + " inputs and "
                    + ACTIONS.length + " outputs, not " + network.inputs() + " and " + network.outputs());
        }
    }

    @Override
    public int decide(ScalingState state) {
        return network.best(ScalingFeatures.of(state));
    }

    @Override
    public String name() {
        return "RL policy";
    }
}
