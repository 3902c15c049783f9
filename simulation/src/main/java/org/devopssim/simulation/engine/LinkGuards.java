package org.devopssim.simulation.engine;

import org.devopssim.simulation.events.Severity;
import org.devopssim.simulation.events.SimEvent;
import org.devopssim.simulation.model.Link;
import org.devopssim.simulation.model.Resilience;

/**
 * The resilience patterns of links, as rates: retries multiply the load on a failing target (the
 * retry storm), a rate limit or bulkhead rejects what is over its bound at once, a timeout turns
 * slow calls into failed ones and caps the caller's wait, and a circuit breaker that has seen too
 * many failures fails calls fast, sparing the target, until a probe finds it healthy again.
 */
final class LinkGuards {

    /** Without jitter, clients retry in lockstep: the retry wave hits as a burst, half again as heavy. */
    static final double LOCKSTEP_BURST = 1.5;
    /** A breaker only judges a link that carried at least this many calls in the second. */
    static final double BREAKER_MIN_CALLS = 5;
    static final int DEFAULT_OPEN_SECONDS = 30;

    private final Simulation sim;
    private final NodeStates state;
    private final Link[] links;
    private final Resilience[] policy;
    /** Links with a circuit breaker: the only ones judged after each second. */
    private final int[] breakers;
    private final long[] openUntil;
    /** Share of this second's attempts rejected by a limit, bulkhead or open breaker. */
    private final double[] rejected;
    /** Share of calls that failed after retries, this second: what a breaker watches. */
    private final double[] failed;

    LinkGuards(Simulation sim, Link[] links) {
        this.sim = sim;
        this.state = sim.states();
        this.links = links;
        this.policy = new Resilience[links.length];
        for (int l = 0; l < links.length; l++) {
            policy[l] = links[l].resilience();
        }
        this.breakers = java.util.stream.IntStream.range(0, links.length)
                .filter(l -> policy[l] != null && policy[l].breakerErrorRate() != null).toArray();
        this.openUntil = new long[links.length];
        this.rejected = new double[links.length];
        this.failed = new double[links.length];
    }

    boolean guarded(int l) {
        return policy[l] != null;
    }

    boolean open(int l, long now) {
        return now < openUntil[l];
    }

    /**
     * The load the target receives for {@code calls} per second, given how it did last second
     * (the engine pushes traffic downstream before it learns this second's figures).
     */
    double outgoing(int l, double calls, int target, long now) {
        Resilience p = policy[l];
        if (p == null) {
            return calls;
        }
        if (open(l, now)) {
            rejected[l] = 1;
            return 0;
        }
        double e = Math.clamp(state.errorE2E[target], 0, 1);
        double retryLoad = 0;
        double round = calls;
        for (int k = 0; k < p.retriesOrZero(); k++) {
            round *= e;
            retryLoad += round;
        }
        double attempts = calls + retryLoad * (p.jittered() ? 1 : LOCKSTEP_BURST);
        double sent = attempts;
        if (p.rateLimitRps() != null) {
            sent = Math.min(sent, p.rateLimitRps());
        }
        if (p.maxConcurrent() != null && state.e2eP50[target] > 0) {
            // Little's law: calls in flight = rate x time in the call.
            sent = Math.min(sent, p.maxConcurrent() / Math.max(state.e2eP50[target], 1e-3));
        }
        rejected[l] = attempts > 0 ? (attempts - sent) / attempts : 0;
        return sent;
    }

    /** Share of calls over the link that fail, retries included, given the target's end-to-end figures. */
    double failure(int l, int target, long now) {
        Resilience p = policy[l];
        double e = Math.clamp(state.errorE2E[target], 0, 1);
        if (p == null) {
            return e;
        }
        if (open(l, now)) {
            failed[l] = 1;
            return 1;
        }
        double slow = p.timeoutMs() == null ? 0
                : tailAbove(p.timeoutMs() / 1000, state.e2eP50[target], state.e2eP95[target], state.e2eP99[target]);
        double perAttempt = 1 - (1 - e) * (1 - slow) * (1 - rejected[l]);
        double f = Math.pow(perAttempt, p.retriesOrZero() + 1);
        failed[l] = f;
        return f;
    }

    /** Adds to a quantile of the target's latency what the caller waits: capped by the timeout, plus backoff. */
    double callLatency(int l, double targetQuantile, int target, long now) {
        Resilience p = policy[l];
        if (p == null) {
            return targetQuantile;
        }
        if (open(l, now)) {
            return 0;
        }
        double latency = p.timeoutMs() == null ? targetQuantile : Math.min(targetQuantile, p.timeoutMs() / 1000);
        if (p.backoffMs() != null && p.retriesOrZero() > 0) {
            double e = Math.clamp(state.errorE2E[target], 0, 1);
            double expectedWait = 0;
            double chance = 1;
            for (int k = 0; k < p.retriesOrZero(); k++) {
                chance *= e;
                expectedWait += chance * (p.backoffMs() / 1000) * Math.pow(2, k);
            }
            latency += expectedWait;
        }
        return latency;
    }

    /** After the second: breakers that saw too many failures open; open ones past their time close. */
    void evaluate(double[] linkRates, long now) {
        for (int l : breakers) {
            Resilience p = policy[l];
            if (openUntil[l] > 0 && now + 1 == openUntil[l]) {
                log(l, Severity.INFO, "circuit-half-open", "circuit breaker on %s half-open: probing".formatted(name(l)));
            }
            if (!open(l, now) && linkRates[l] >= BREAKER_MIN_CALLS && failed[l] > p.breakerErrorRate()) {
                int seconds = p.breakerOpenSeconds() == null ? DEFAULT_OPEN_SECONDS : p.breakerOpenSeconds();
                openUntil[l] = now + 1 + seconds;
                log(l, Severity.WARNING, "circuit-open", "circuit breaker on %s opened: %.0f%% of calls failed; failing fast for %d s"
                        .formatted(name(l), 100 * failed[l], seconds));
            }
        }
    }

    private String name(int l) {
        return links[l].from() + " -> " + links[l].to();
    }

    private void log(int l, Severity severity, String kind, String message) {
        sim.log().append(new SimEvent(sim.second(), severity, links[l].from(), kind, message));
    }

    /**
     * Share of calls slower than {@code t} seconds, from the target's end-to-end p50/p95/p99: log-linear
     * between the known points, an exponential tail beyond p99 and a straight line below p50.
     */
    static double tailAbove(double t, double p50, double p95, double p99) {
        if (p99 <= 0) {
            return 0;
        }
        if (t <= p50) {
            return p50 <= 0 ? 0 : 1 - 0.5 * t / p50;
        }
        if (t <= p95) {
            return logLinear(t, p50, 0.5, p95, 0.05);
        }
        if (t <= p99) {
            return logLinear(t, p95, 0.05, p99, 0.01);
        }
        double decay = Math.log(5) / Math.max(1e-6, p99 - p95);
        return 0.01 * Math.exp(-decay * (t - p99));
    }

    private static double logLinear(double t, double t0, double s0, double t1, double s1) {
        if (t1 <= t0) {
            return s1;
        }
        double w = (t - t0) / (t1 - t0);
        return Math.exp(Math.log(s0) + w * (Math.log(s1) - Math.log(s0)));
    }
}
