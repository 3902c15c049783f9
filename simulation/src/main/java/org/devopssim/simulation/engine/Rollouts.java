package org.devopssim.simulation.engine;

import java.util.HashMap;
import java.util.Map;
import org.devopssim.simulation.events.Severity;
import org.devopssim.simulation.events.SimEvent;
import org.devopssim.simulation.model.AppService;
import org.devopssim.simulation.model.Delivery;
import org.devopssim.simulation.model.Delivery.Strategy;
import org.devopssim.simulation.spi.AnomalyDetector;

/**
 * Versions of services and the deployments that move between them: rolling updates (capacity
 * dips as batches restart), canaries (a growing traffic share, analysed against the baseline at
 * every step), blue-green (a full second set, then one switch) and Development's hot reload (a
 * restart). What share of traffic the new version serves decides the errors and latency users
 * see; rollback policies watch it.
 */
final class Rollouts {

    /** What a version does when it runs: extra error share (0..1) and latency factor. */
    record Version(String name, double errorRate, double latencyFactor) {
        static final Version INITIAL = new Version("v1", 0, 1);
    }

    static final int[] CANARY_STEPS_PERCENT = {5, 25, 50, 100};
    static final int CANARY_STEP_SECONDS = 300;
    /** A canary fails analysis when its error rate exceeds the baseline's by this much... */
    static final double CANARY_MAX_EXTRA_ERRORS = 0.01;
    /** ...or its latency exceeds the baseline's by this factor. */
    static final double CANARY_MAX_LATENCY_RATIO = 1.5;
    /** New instances that fail this share of requests fail their health checks. */
    static final double HEALTH_CHECK_FAILURE = 0.5;
    static final double ANOMALY_SCORE_THRESHOLD = 0.9;

    private final class Rollout {
        final int service;
        final Version from;
        final Version to;
        final Strategy strategy;
        double share;
        int step = -1;
        int total;
        int replaced;
        long stepStarted;
        AnomalyDetector.AnomalyScorer scorer;
        boolean finished;

        Rollout(int service, Version from, Version to, Strategy strategy) {
            this.service = service;
            this.from = from;
            this.to = to;
            this.strategy = strategy;
        }
    }

    private final Simulation sim;
    private final Map<Integer, Version> running = new HashMap<>();
    private final Map<Integer, Version> previous = new HashMap<>();
    private final Map<Integer, Rollout> inProgress = new HashMap<>();
    private AnomalyDetector detector;

    Rollouts(Simulation sim) {
        this.sim = sim;
    }

    void attach(AnomalyDetector anomalyDetector) {
        this.detector = anomalyDetector;
    }

    Version version(int service) {
        return running.getOrDefault(service, Version.INITIAL);
    }

    /** The version name users mostly see, with the rollout's share while one is under way. */
    String describe(int service) {
        Rollout r = inProgress.get(service);
        if (r == null) {
            return version(service).name();
        }
        return "%s -> %s (%s %.0f%%)".formatted(r.from.name(), r.to.name(), label(r.strategy), 100 * r.share);
    }

    boolean deploying(int service) {
        // Checked for every service every sync period: no boxing of the index unless a rollout runs.
        return !inProgress.isEmpty() && inProgress.containsKey(service);
    }

    void deploy(int service, Version to, Strategy strategy) {
        if (!(sim.spec(service) instanceof AppService)) {
            throw new IllegalArgumentException(sim.spec(service).id() + " is not a service that can be deployed");
        }
        if (inProgress.containsKey(service)) {
            throw new IllegalArgumentException(sim.spec(service).id() + " is already being deployed; roll back or wait");
        }
        Rollout r = new Rollout(service, version(service), to, strategy);
        inProgress.put(service, r);
        log(Severity.INFO, service, "deploy-started", "%s: deploying %s over %s by %s".formatted(id(service), to.name(),
                r.from.name(), label(strategy)));
        NodeStates nodes = sim.states();
        r.total = Math.max(1, nodes.ready[service] + nodes.booting[service]);
        switch (strategy) {
            case ROLLING_UPDATE -> nextBatch(r);
            case CANARY -> bootThen(r, 1, () -> nextCanaryStep(r));
            case BLUE_GREEN -> bootThen(r, r.total, () -> {
                r.share = 1;
                sim.states().ready[service] -= r.total;
                finish(r, "switched all traffic to green");
            });
            case HOT_RELOAD -> {
                int boot = sim.spec(service).capacity().bootTimeSeconds();
                sim.takeDown(service, boot, "hot reload: rebuilding and restarting");
                sim.schedule((sim.second() + boot) * 1000, t -> {
                    r.share = 1;
                    finish(r, "rebuilt and restarted in %d s".formatted(boot));
                });
            }
        }
    }

    void rollback(int service) {
        Rollout r = inProgress.get(service);
        if (r != null) {
            abort(r, "rolled back by hand");
            return;
        }
        Version back = previous.get(service);
        if (back == null) {
            throw new IllegalArgumentException(id(service) + " has no previous version to roll back to");
        }
        Strategy strategy = sim.topology().delivery() != null
                && sim.topology().delivery().strategy() == Strategy.HOT_RELOAD ? Strategy.HOT_RELOAD : Strategy.ROLLING_UPDATE;
        log(Severity.WARNING, service, "rollback", "%s: rolling back to %s".formatted(id(service), back.name()));
        deploy(service, back, strategy);
    }

    /** Boots {@code count} new-version instances, then continues. */
    private void bootThen(Rollout r, int count, Runnable next) {
        NodeStates nodes = sim.states();
        nodes.booting[r.service] += count;
        int boot = sim.spec(r.service).capacity().bootTimeSeconds();
        sim.schedule((sim.second() + boot) * 1000, t -> {
            if (r.finished) {
                return;
            }
            int arriving = Math.min(count, nodes.booting[r.service]);
            nodes.booting[r.service] -= arriving;
            nodes.ready[r.service] += arriving;
            next.run();
        });
    }

    /**
     * Rolling update, as Kubernetes does it: each batch boots surge + unavailable new instances,
     * stops the unavailable share of old ones at once (the dip) and the rest once the new are ready.
     */
    private void nextBatch(Rollout r) {
        if (r.finished) {
            return;
        }
        NodeStates nodes = sim.states();
        Delivery d = sim.topology().delivery() != null ? sim.topology().delivery()
                : new Delivery(Strategy.ROLLING_UPDATE, Delivery.Rollback.MANUAL, true);
        int batch = Math.min(Math.max(1, d.surge(r.total) + d.unavailable(r.total)), r.total - r.replaced);
        int stoppedAtOnce = Math.min(Math.min(d.unavailable(r.total), batch), nodes.ready[r.service]);
        nodes.ready[r.service] -= stoppedAtOnce;
        log(Severity.INFO, r.service, "deploy-step", "%s: replacing %d of %d instances with %s (%d out of service meanwhile)"
                .formatted(id(r.service), batch, r.total, r.to.name(), stoppedAtOnce));
        bootThen(r, batch, () -> {
            nodes.ready[r.service] = Math.max(0, nodes.ready[r.service] - (batch - stoppedAtOnce));
            r.replaced += batch;
            r.share = Math.min(1, (double) r.replaced / r.total);
            if (r.to.errorRate() >= HEALTH_CHECK_FAILURE && automaticRollback()) {
                abort(r, "new instances fail their health checks (%.0f%% errors)".formatted(100 * r.to.errorRate()));
            } else if (r.replaced >= r.total) {
                finish(r, "all %d instances run %s".formatted(r.total, r.to.name()));
            } else {
                nextBatch(r);
            }
        });
    }

    private void nextCanaryStep(Rollout r) {
        if (r.finished) {
            return;
        }
        r.step++;
        if (r.step >= CANARY_STEPS_PERCENT.length) {
            NodeStates nodes = sim.states();
            nodes.ready[r.service] = Math.max(1, nodes.ready[r.service] - 1);
            finish(r, "canary promoted to 100%");
            return;
        }
        r.share = CANARY_STEPS_PERCENT[r.step] / 100.0;
        r.stepStarted = sim.second();
        log(Severity.INFO, r.service, "deploy-step", "%s: canary %s takes %d%% of traffic; analysis for %d s"
                .formatted(id(r.service), r.to.name(), CANARY_STEPS_PERCENT[r.step], CANARY_STEP_SECONDS));
        if (aiRollback() && detector != null && r.scorer == null) {
            r.scorer = detector.newScorer();
        }
    }

    /** Called every second: canary analysis and step timing. */
    void everySecond() {
        for (Rollout r : java.util.List.copyOf(inProgress.values())) {
            if (r.strategy != Strategy.CANARY || r.step < 0 || r.finished) {
                continue;
            }
            NodeStates nodes = sim.states();
            double baselineErrors = combine(nodes.baseErrorOwn[r.service], r.from.errorRate());
            double canaryErrors = combine(nodes.baseErrorOwn[r.service], r.to.errorRate());
            double latencyRatio = r.to.latencyFactor() / r.from.latencyFactor();
            if (r.scorer != null && detector != null) {
                double score = r.scorer.score(sim.epochSecond(), 100 * nodes.errorOwn[r.service]);
                if (score >= ANOMALY_SCORE_THRESHOLD) {
                    abort(r, "AI analysis: anomaly score %.2f on the error rate (%.2f%%) during the canary"
                            .formatted(score, 100 * nodes.errorOwn[r.service]));
                    continue;
                }
            }
            if (sim.second() - r.stepStarted < CANARY_STEP_SECONDS) {
                continue;
            }
            if (canaryErrors - baselineErrors > CANARY_MAX_EXTRA_ERRORS || latencyRatio > CANARY_MAX_LATENCY_RATIO) {
                abort(r, "canary analysis failed: errors %.2f%% vs baseline %.2f%%, latency x%.2f of baseline"
                        .formatted(100 * canaryErrors, 100 * baselineErrors, latencyRatio));
            } else {
                log(Severity.INFO, r.service, "canary-analysis", "%s: canary passed at %d%%: errors %.2f%% vs %.2f%%, latency x%.2f"
                        .formatted(id(r.service), CANARY_STEPS_PERCENT[r.step], 100 * canaryErrors, 100 * baselineErrors,
                                latencyRatio));
                nextCanaryStep(r);
            }
        }
    }

    /** Applies the running versions to this second's modifiers. */
    void apply(NodeStates state) {
        for (var e : running.entrySet()) {
            if (!inProgress.containsKey(e.getKey())) {
                applyMix(state, e.getKey(), e.getValue(), e.getValue(), 0);
            }
        }
        for (Rollout r : inProgress.values()) {
            applyMix(state, r.service, r.from, r.to, r.share);
        }
    }

    private static void applyMix(NodeStates state, int service, Version from, Version to, double share) {
        double errors = (1 - share) * from.errorRate() + share * to.errorRate();
        state.extraErrorRate[service] = combine(state.extraErrorRate[service], errors);
        state.serviceFactor[service] *= (1 - share) * from.latencyFactor() + share * to.latencyFactor();
    }

    private static double combine(double a, double b) {
        return 1 - (1 - a) * (1 - b);
    }

    private void finish(Rollout r, String how) {
        r.finished = true;
        inProgress.remove(r.service);
        previous.put(r.service, r.from);
        running.put(r.service, r.to);
        log(Severity.INFO, r.service, "deploy-finished", "%s: %s is live: %s".formatted(id(r.service), r.to.name(), how));
    }

    private void abort(Rollout r, String why) {
        r.finished = true;
        inProgress.remove(r.service);
        NodeStates nodes = sim.states();
        // The new instances are replaced by old ones: capacity returns after a boot.
        if (r.strategy == Strategy.CANARY) {
            nodes.ready[r.service] = Math.max(1, nodes.ready[r.service] - (r.step >= 0 ? 1 : 0));
        }
        log(Severity.CRITICAL, r.service, "rollback", "%s: rolled back from %s to %s: %s".formatted(id(r.service),
                r.to.name(), r.from.name(), why));
    }

    private boolean automaticRollback() {
        Delivery d = sim.topology().delivery();
        return d != null && d.rollback() != Delivery.Rollback.MANUAL;
    }

    private boolean aiRollback() {
        Delivery d = sim.topology().delivery();
        return d != null && d.rollback() == Delivery.Rollback.AI_ON_ANOMALY;
    }

    private String id(int i) {
        return sim.spec(i).id();
    }

    private void log(Severity severity, int node, String kind, String message) {
        sim.log().append(new SimEvent(sim.second(), severity, id(node), kind, message));
    }

    private static String label(Strategy s) {
        return switch (s) {
            case ROLLING_UPDATE -> "rolling update";
            case CANARY -> "canary";
            case BLUE_GREEN -> "blue-green";
            case HOT_RELOAD -> "hot reload";
        };
    }
}
