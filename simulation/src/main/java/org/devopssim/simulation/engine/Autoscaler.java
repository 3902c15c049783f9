package org.devopssim.simulation.engine;

import org.devopssim.simulation.events.Severity;
import org.devopssim.simulation.events.SimEvent;
import org.devopssim.simulation.metrics.Metric;
import org.devopssim.simulation.metrics.Series;
import org.devopssim.simulation.model.AppService;
import org.devopssim.simulation.model.Autoscaling;
import org.devopssim.simulation.spi.Forecast;
import org.devopssim.simulation.spi.LoadForecaster;
import org.devopssim.simulation.spi.ScalingAgent;
import org.devopssim.simulation.spi.ScalingState;
import org.devopssim.simulation.spi.SeriesWindow;

/**
 * Instance counts of services, by each one's policy, every sync period:
 * <ul>
 * <li>manual: left alone;</li>
 * <li>reactive, in the manner of the Kubernetes HPA: sized on demand for the target utilisation,
 * ignoring deviations within 10%; up at once, down only to the highest recommendation of the
 * last stabilisation window, so a dip does not throw away capacity the next peak needs;</li>
 * <li>scheduled: the count the schedule gives for the local hour;</li>
 * <li>predictive: sized on the forecast over the next boot time, so instances are ready when the load
 * arrives and are given back as soon as the forecast peak fits in fewer; a surge the forecast has not
 * seen yet is extrapolated over the boot time; without a forecaster it follows utilisation like
 * reactive.</li>
 * <li>rl: a learned {@link ScalingAgent} changes the count by -1, 0, +1 or +2 each sync period from
 * the load, the forecast, utilisation, instances and queue; no stabilisation window (the agent
 * learned when to wait); without an agent it follows utilisation like reactive.</li>
 * </ul>
 */
final class Autoscaler {

    static final int SYNC_PERIOD_SECONDS = 15;
    static final double TOLERANCE = 0.1;
    /** A rise within one sync period this many forecast band widths (median to 90%) above the band is a surge. */
    static final double SURGE_BANDS = 3;
    static final int PREDICTIVE_DOWN_WINDOW_SECONDS = 60;
    /**
     * Forecast history: one-minute means of the last quarter hour, the span the metrics store holds
     * at one-second resolution and the shipped model was trained for.
     */
    static final int HISTORY_MINUTES = 15;

    private final Simulation sim;
    private final Autoscaling[] policies;
    /** Per service: its recommendations, one per sync period, as far back as its longest window. */
    private final int[][] recommendations;
    private final long[] lastChange;
    private final double[] previousArrivals;
    /** The second of each service's previous reading; a rise counts only over exactly one sync period. */
    private final long[] previousSecond;
    private int slot;
    private LoadForecaster forecaster;
    private ScalingAgent agent;

    Autoscaler(Simulation sim) {
        this.sim = sim;
        this.policies = new Autoscaling[sim.nodeCount()];
        this.recommendations = new int[sim.nodeCount()][];
        this.lastChange = new long[sim.nodeCount()];
        this.previousArrivals = new double[sim.nodeCount()];
        this.previousSecond = new long[sim.nodeCount()];
        java.util.Arrays.fill(previousSecond, Long.MIN_VALUE / 2);
        java.util.Arrays.fill(lastChange, Long.MIN_VALUE / 2);
        for (int i = 0; i < sim.nodeCount(); i++) {
            if (sim.spec(i) instanceof AppService a) {
                setPolicyQuietly(i, a.autoscaling());
            }
        }
    }

    void attach(LoadForecaster loadForecaster) {
        this.forecaster = loadForecaster;
    }

    void attach(ScalingAgent scalingAgent) {
        this.agent = scalingAgent;
    }

    void setPolicy(int i, Autoscaling policy) {
        if (!(sim.spec(i) instanceof AppService)) {
            throw new IllegalArgumentException(sim.spec(i).id() + " is not a service with an autoscaling policy");
        }
        if (policy.minInstances() < 1 || policy.maxInstances() < policy.minInstances()
                || !(policy.targetUtilization() > 0 && policy.targetUtilization() <= 1)) {
            throw new IllegalArgumentException("autoscaling needs 1 <= min <= max and a target utilisation in (0, 1]");
        }
        setPolicyQuietly(i, policy);
        sim.log().append(new SimEvent(sim.second(), Severity.INFO, sim.spec(i).id(), "policy-changed",
                "%s: autoscaling %s, %d..%d instances, target %.0f%%".formatted(sim.spec(i).id(),
                        policy.policy().name().toLowerCase(), policy.minInstances(), policy.maxInstances(),
                        100 * policy.targetUtilization())));
    }

    private void setPolicyQuietly(int i, Autoscaling policy) {
        policies[i] = policy;
        int periods = policy == null ? 1 : Math.max(1, Math.max(policy.upWindow(), policy.downWindow()) / SYNC_PERIOD_SECONDS);
        recommendations[i] = policy == null || policy.policy() == Autoscaling.Policy.MANUAL ? null : new int[periods];
        if (recommendations[i] != null) {
            java.util.Arrays.fill(recommendations[i], -1);
        }
    }

    void evaluate() {
        if (sim.second() == 0 || sim.second() % SYNC_PERIOD_SECONDS != 0) {
            return;
        }
        for (int i = 0; i < policies.length; i++) {
            // A rollout owns the instance count while it replaces instances, as a paused HPA would.
            if (recommendations[i] != null && !sim.deploying(i)) {
                evaluate(i, policies[i]);
            }
        }
        slot++;
    }

    private void evaluate(int i, Autoscaling policy) {
        NodeStates nodes = sim.states();
        int current = nodes.ready[i] + nodes.booting[i];
        int desired = switch (policy.policy()) {
            case REACTIVE -> onDemand(i, policy, current);
            case PREDICTIVE -> forecaster == null ? onDemand(i, policy, current) : onForecast(i, policy);
            case SCHEDULED -> scheduled(i, policy, current);
            case RL -> agent == null ? onDemand(i, policy, current) : current + ScalingAgent.ACTIONS[agent.decide(stateOf(i, policy))];
            case MANUAL -> current;
        };
        desired = Math.clamp(desired, policy.minInstances(), policy.maxInstances());
        int[] window = recommendations[i];
        window[slot % window.length] = desired;
        // The HPA's stabilisation: up to the lowest recommendation of the up window, down to the
        // highest of the down window (slots not yet filled are -1 and ignored).
        int up = lowestSince(window, policy.upWindow(), desired);
        int down = highestSince(window, downWindow(policy), desired);
        if (policy.policy() == Autoscaling.Policy.SCHEDULED || policy.policy() == Autoscaling.Policy.RL && agent != null) {
            up = desired;
            down = desired;
        }
        if (sim.second() - lastChange[i] < policy.cooldown()) {
            return;
        }
        if (up > current) {
            lastChange[i] = sim.second();
            sim.scaleTo(i, up, reason(policy, i, policy.policy() == Autoscaling.Policy.RL && agent != null
                    ? ", " + agent.name() : ""));
        } else if (down < current) {
            lastChange[i] = sim.second();
            sim.scaleTo(i, down, reason(policy, i, policy.policy() == Autoscaling.Policy.SCHEDULED ? ""
                    : policy.policy() == Autoscaling.Policy.RL && agent != null ? ", " + agent.name()
                    : " for " + downWindow(policy) / 60 + " min"));
        }
    }

    /**
     * The reactive policy waits five minutes before giving capacity back, in case the dip is noise;
     * the predictive one already sees whether the load comes back, so by default it waits one.
     */
    private static int downWindow(Autoscaling policy) {
        if (policy.policy() == Autoscaling.Policy.PREDICTIVE && policy.scaleDownWindowSeconds() == null) {
            return PREDICTIVE_DOWN_WINDOW_SECONDS;
        }
        return policy.downWindow();
    }

    private int lowestSince(int[] window, int seconds, int current) {
        int result = current;
        int at = Math.floorMod(slot, window.length);
        for (int k = 1; k < Math.min(window.length, seconds / SYNC_PERIOD_SECONDS); k++) {
            // The slot k syncs back, walked down the ring instead of a modulo per slot.
            at = at == 0 ? window.length - 1 : at - 1;
            int r = window[at];
            if (r >= 0) {
                result = Math.min(result, r);
            }
        }
        return result;
    }

    private int highestSince(int[] window, int seconds, int current) {
        int result = current;
        int at = Math.floorMod(slot, window.length);
        for (int k = 1; k < Math.min(window.length, seconds / SYNC_PERIOD_SECONDS); k++) {
            // The slot k syncs back, walked down the ring instead of a modulo per slot.
            at = at == 0 ? window.length - 1 : at - 1;
            int r = window[at];
            if (r >= 0) {
                result = Math.max(result, r);
            }
        }
        return result;
    }

    /** Built only when the count changes: most evaluations change nothing and must not allocate. */
    private String reason(Autoscaling policy, int i, String suffix) {
        NodeStates nodes = sim.states();
        return "%s autoscaler: utilisation %.0f%%%s".formatted(policy.policy().name().toLowerCase(), 100 * nodes.utilization[i], suffix);
    }

    /** Sized on demand rather than ready x utilisation: just-booted instances have not carried the load yet. */
    private int onDemand(int i, Autoscaling policy, int current) {
        NodeStates nodes = sim.states();
        double ratio = nodes.ready[i] > 0 ? nodes.utilization[i] / policy.targetUtilization() : Double.POSITIVE_INFINITY;
        if (Math.abs(ratio - 1) <= TOLERANCE && nodes.ready[i] > 0) {
            return current;
        }
        return (int) Math.ceil(nodes.arrivals[i] / (nodes.perInstanceRps[i] * nodes.capacityFactor[i] * policy.targetUtilization()));
    }

    /**
     * The forecast one boot time ahead from the last quarter hour's one-minute means, or null without a
     * forecaster or with less than ten minutes of history.
     */
    private Forecast forecast(int i) {
        if (forecaster == null) {
            return null;
        }
        long now = sim.second();
        long from = Math.max(0, now - HISTORY_MINUTES * 60L);
        Series.MinuteMeans history = sim.metrics().range(sim.spec(i).id(), Metric.REQUEST_RATE, from, now - 1).minuteMeans();
        double[] means = history.values();
        if (means.length < 10) {
            return null;
        }
        long firstEpoch = sim.epochSecond() - sim.second() + history.firstSecond();
        int boot = sim.spec(i).capacity().bootTimeSeconds();
        int steps = Math.max(1, (boot + SYNC_PERIOD_SECONDS) / 60 + 1);
        return forecaster.forecast(new SeriesWindow(firstEpoch, 60, means), steps);
    }

    /** What the learned agent sees: the service now and the forecast's median peak one boot time ahead. */
    private ScalingState stateOf(int i, Autoscaling policy) {
        NodeStates nodes = sim.states();
        Forecast f = forecast(i);
        double peak = nodes.arrivals[i];
        if (f != null) {
            for (int k = 0; k < f.horizonSteps(); k++) {
                peak = Math.max(peak, f.median()[k]);
            }
        }
        return new ScalingState(sim.spec(i).id(), sim.second(), nodes.arrivals[i], peak, nodes.utilization[i], nodes.ready[i], nodes.booting[i],
                nodes.queue[i], nodes.perInstanceRps[i] * nodes.capacityFactor[i], policy.minInstances(), policy.maxInstances(),
                sim.spec(i).capacity().bootTimeSeconds());
    }

    /**
     * Sizes on the forecast median of the next boot time (and the present load), at the target utilisation,
     * with hysteresis: more instances only once that peak would run the current ones more than 10% above
     * the target (as the reactive policy waits for 10% above target now), fewer as soon as the peak fits
     * in fewer at the target. It needs no long stabilisation window because it already looks one boot time
     * ahead, so it gives capacity back minutes before the reactive policy. A surge that the one-minute
     * forecast cannot have seen yet (the present above the forecast's upper band and rising, within one
     * sync period, by more than {@link #SURGE_BANDS} band widths) is extrapolated over the boot time, so
     * the instances it needs are ordered at the first sync period instead of one per period as it climbs.
     * Sizing on the upper band itself at the target was measured to cost more instance-hours than the
     * reactive policy (docs/benchmarks-ml.md): the target's headroom already covers the band.
     */
    private int onForecast(int i, Autoscaling policy) {
        NodeStates nodes = sim.states();
        Forecast f = forecast(i);
        int current = nodes.ready[i] + nodes.booting[i];
        double arrivals = nodes.arrivals[i];
        // After a rollout held the count, or when the policy was just switched on, the last reading is
        // older (or none): the whole climb since, or the whole load, would read as one period's surge.
        double rise = previousSecond[i] == sim.second() - SYNC_PERIOD_SECONDS ? arrivals - previousArrivals[i] : 0;
        previousArrivals[i] = arrivals;
        previousSecond[i] = sim.second();
        if (f == null) {
            return onDemand(i, policy, current);
        }
        double peak = arrivals;
        for (int k = 0; k < f.horizonSteps(); k++) {
            peak = Math.max(peak, f.median()[k]);
        }
        if (arrivals > f.high()[0] && rise > SURGE_BANDS * (f.high()[0] - f.median()[0])) {
            int boot = sim.spec(i).capacity().bootTimeSeconds();
            peak = Math.max(peak, arrivals + rise * boot / SYNC_PERIOD_SECONDS);
        }
        double perInstance = nodes.perInstanceRps[i] * nodes.capacityFactor[i] * policy.targetUtilization();
        int needed = (int) Math.ceil(peak / perInstance);
        if (current == 0 || peak > current * perInstance * (1 + TOLERANCE)) {
            return needed;
        }
        return Math.min(needed, current);
    }

    private int scheduled(int i, Autoscaling policy, int current) {
        if (policy.schedule().isEmpty()) {
            return current;
        }
        int hour = (int) (Math.floorMod(sim.epochSecond() + (long) (sim.utcOffsetHours(i) * 3600), 86_400L) / 3600);
        int count = policy.schedule().getLast().instances();
        for (Autoscaling.ScheduledCount c : policy.schedule()) {
            if (c.fromHour() <= hour) {
                count = c.instances();
            }
        }
        return count;
    }
}
