package org.devopssim.ml.rl;

import java.util.concurrent.atomic.AtomicReference;
import org.devopssim.simulation.spi.ScalingAgent;
import org.devopssim.simulation.spi.ScalingState;

/**
 * The agent live runs hold: a policy trained in the app replaces the current one atomically, between two
 * decisions, as the online forecaster swaps its weights. Without any policy it holds the count (action 0).
 */
public final class SwitchableScalingAgent implements ScalingAgent {

    private static final int HOLD = 1;
    private final AtomicReference<LearnedScalingPolicy> current;

    public SwitchableScalingAgent(LearnedScalingPolicy initial) {
        this.current = new AtomicReference<>(initial);
    }

    public void replace(LearnedScalingPolicy policy) {
        current.set(policy);
    }

    public LearnedScalingPolicy current() {
        return current.get();
    }

    @Override
    public int decide(ScalingState state) {
        LearnedScalingPolicy p = current.get();
        return p == null ? HOLD : p.decide(state);
    }

    @Override
    public String name() {
        LearnedScalingPolicy p = current.get();
        return p == null ? "no RL policy" : p.name();
    }
}
