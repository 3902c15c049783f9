package org.devopssim.simulation.engine;

import org.devopssim.simulation.events.Severity;
import org.devopssim.simulation.events.SimEvent;
import org.devopssim.simulation.model.AppService;
import org.devopssim.simulation.model.Autoscaling;

/**
 * Horizontal autoscaling in the manner of the Kubernetes HPA: every sync period each reactive
 * service's desired count is {@code ceil(ready * utilisation / target)}, clamped to min..max;
 * scaling up happens at once, scaling down only to the highest recommendation of the last
 * stabilisation window, so a dip does not throw away capacity that the next peak needs.
 */
final class ReactiveAutoscaler {

    static final int SYNC_PERIOD_SECONDS = 15;
    static final int SCALE_DOWN_WINDOW_SECONDS = 300;
    /** The HPA ignores deviations within 10% of the target. */
    static final double TOLERANCE = 0.1;

    private final Simulation sim;
    /** Per node: recent recommendations, one per sync period, for the scale-down window. */
    private final int[][] recommendations;
    private int slot;

    ReactiveAutoscaler(Simulation sim) {
        this.sim = sim;
        this.recommendations = new int[sim.nodeCount()][];
        for (int i = 0; i < sim.nodeCount(); i++) {
            if (sim.spec(i) instanceof AppService a && a.autoscaling() != null && scalesOnUtilisation(a.autoscaling())) {
                recommendations[i] = new int[SCALE_DOWN_WINDOW_SECONDS / SYNC_PERIOD_SECONDS];
            }
        }
    }

    /**
     * Reactive services, and predictive ones until a forecaster is attached: scaling ahead of
     * demand needs a forecast, and without one the honest fallback is to follow utilisation.
     */
    private static boolean scalesOnUtilisation(Autoscaling a) {
        return a.policy() == Autoscaling.Policy.REACTIVE || a.policy() == Autoscaling.Policy.PREDICTIVE;
    }

    void evaluate() {
        if (sim.second() == 0 || sim.second() % SYNC_PERIOD_SECONDS != 0) {
            return;
        }
        for (int i = 0; i < recommendations.length; i++) {
            if (recommendations[i] != null) {
                evaluate(i, (AppService) sim.spec(i));
            }
        }
        slot++;
    }

    private void evaluate(int i, AppService service) {
        NodeState s = sim.state(i);
        Autoscaling policy = service.autoscaling();
        int current = s.ready + s.booting;
        // Sized on demand rather than on ready x utilisation: instances that just finished booting
        // have not yet carried the load the utilisation was measured with.
        int desired = current;
        double perInstance = s.perInstanceRps * policy.targetUtilization();
        double ratio = s.ready > 0 ? s.utilization / policy.targetUtilization() : Double.POSITIVE_INFINITY;
        if (Math.abs(ratio - 1) > TOLERANCE || s.ready == 0) {
            desired = (int) Math.ceil(s.arrivals / perInstance);
        }
        desired = Math.clamp(desired, policy.minInstances(), policy.maxInstances());
        int[] window = recommendations[i];
        window[slot % window.length] = desired;
        int stabilised = desired;
        for (int r : window) {
            stabilised = Math.max(stabilised, r);
        }
        if (desired > current) {
            sim.scaleTo(i, desired, "autoscaler: utilisation %.0f%%".formatted(100 * s.utilization));
        } else if (stabilised < current) {
            sim.scaleTo(i, stabilised, "autoscaler: utilisation %.0f%% for 5 min".formatted(100 * s.utilization));
        } else if (desired == policy.maxInstances() && s.utilization > policy.targetUtilization() + TOLERANCE) {
            sim.log().append(new SimEvent(sim.second(), Severity.WARNING, service.id(), "autoscaler-at-max",
                    "%s: autoscaler at its maximum of %d instances".formatted(service.id(), policy.maxInstances())));
        }
    }
}
