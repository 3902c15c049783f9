package org.devopssim.simulation.spi;

/**
 * Decides a service's instance count step by step, for the "rl" autoscaling policy: the ml module
 * fills it with a policy learned by reinforcement learning in this simulator. Called on the
 * simulation thread every autoscaler sync period (15 s) per service with that policy, so it must be
 * cheap (microseconds) and deterministic for the same states.
 */
public interface ScalingAgent {

    /** The actions an agent may take: the change of the instance count (ready + booting). */
    int[] ACTIONS = {-1, 0, 1, 2};

    /**
     * @return an index into {@link #ACTIONS}
     */
    int decide(ScalingState state);

    /** Shown to the user in the scaling events, e.g. "RL policy v1 (DQN)". */
    String name();
}
