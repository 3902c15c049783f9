package org.devopssim.simulation.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.devopssim.simulation.events.Severity;
import org.devopssim.simulation.events.SimEvent;
import org.devopssim.simulation.model.AppService;
import org.devopssim.simulation.model.Delivery;
import org.devopssim.simulation.model.PipelineStage;

/**
 * The seed's development workflow, from an edit to production: code changes (hot reloaded in
 * Development, with a build and the unit tests), commits that run the pipeline's stages one after
 * the other, a manual approval gate, and the promotion that hands the new version to the
 * deployment strategy. A planted defect is caught by the first stage that can see it, or reaches
 * production as a bad release. The DORA figures are measured from what happened.
 */
public final class DeliveryPipeline {

    /** Base build time of a hot reload, plus a second per this many changed lines. */
    static final double HOT_RELOAD_BASE_SECONDS = 4;
    static final double LINES_PER_BUILD_SECOND = 40;

    public enum StageStatus { PENDING, RUNNING, PASSED, FAILED, WAITING }

    /** One stage of one pipeline run, as the pipeline strip shows it. */
    public record StageRun(PipelineStage.Kind kind, StageStatus status, long started, long finished, String detail) {
    }

    /** One commit's way through the pipeline. */
    public record Run(int number, String service, String version, String message, long committedAt, List<StageRun> stages) {
    }

    /** The four key metrics of DevOps Research and Assessment, measured over the run. */
    public record Dora(int productionDeploys, double deploysPerDay, double leadTimeSeconds, double changeFailureRate,
                double timeToRestoreSeconds) {
    }

    private record Change(int service, int sizeLines, double risk, Action.Defect defect, double defectErrorPercent) {
    }

    /** A run in progress: its stages and what it carries. */
    private final class Active {
        final int number;
        final int service;
        final String message;
        final long committedAt;
        final List<Change> changes;
        final List<PipelineStage> plan;
        final StageRun[] stages;
        int current = -1;
        boolean awaitingApproval;
        long deployStarted = -1;
        boolean done;

        Active(int number, int service, String message, List<Change> changes, List<PipelineStage> plan) {
            this.number = number;
            this.service = service;
            this.message = message;
            this.committedAt = sim.second();
            this.changes = changes;
            this.plan = plan;
            this.stages = new StageRun[plan.size()];
            for (int k = 0; k < plan.size(); k++) {
                stages[k] = new StageRun(plan.get(k).kind(), StageStatus.PENDING, -1, -1, "");
            }
        }

        /** The running version before the first commit is v1. */
        String version() {
            return "v" + (number + 2);
        }

        Action.Defect defect() {
            Action.Defect worst = Action.Defect.NONE;
            for (Change c : changes) {
                if (c.defect().ordinal() > worst.ordinal()) {
                    worst = c.defect();
                }
            }
            return worst;
        }

        double risk() {
            return changes.stream().mapToDouble(Change::risk).max().orElse(0);
        }

        Run view() {
            return new Run(number, sim.spec(service).id(), version(), message, committedAt, List.of(stages));
        }
    }

    private final Simulation sim;
    private final SplittableRandom random;
    private final List<Change> pending = new ArrayList<>();
    private final List<Active> runs = new ArrayList<>();
    private final double[] lastBuildSeconds;
    private final List<Long> leadTimes = new ArrayList<>();
    private final List<Long> restoreTimes = new ArrayList<>();
    private int productionDeploys;
    private int failedChanges;
    /** A defective version that is live: its service and since when, until it is rolled back. */
    private int brokenService = -1;
    private String brokenVersion;
    private long brokenSince;

    DeliveryPipeline(Simulation sim) {
        this.sim = sim;
        this.random = new SplittableRandom(sim.seed() ^ 0x5DEECE66DL);
        this.lastBuildSeconds = new double[sim.nodeCount()];
    }

    double lastBuildSeconds(int service) {
        return lastBuildSeconds[service];
    }

    List<Run> runs() {
        return runs.stream().map(Active::view).toList();
    }

    void codeChange(int service, Action.CodeChange c) {
        if (!(sim.spec(service) instanceof AppService app)) {
            throw new IllegalArgumentException(sim.spec(service).id() + " is not a service with code to change");
        }
        pending.add(new Change(service, c.sizeLines(), c.risk(), c.defect(), c.defectErrorPercent()));
        if (!app.hotReload()) {
            log(Severity.INFO, service, "code-change", "%s: %d lines changed; commit to ship them".formatted(app.id(), c.sizeLines()));
            return;
        }
        double build = HOT_RELOAD_BASE_SECONDS + c.sizeLines() / LINES_PER_BUILD_SECOND + random.nextDouble() * 2;
        log(Severity.INFO, service, "hot-reload", "[nodemon] %s: %d lines changed, restarting due to changes...".formatted(app.id(), c.sizeLines()));
        sim.schedule((sim.second() + (long) Math.ceil(build)) * 1000, t -> {
            lastBuildSeconds[service] = build;
            log(Severity.INFO, service, "build", "%s: compiled successfully in %.1f s".formatted(app.id(), build));
            sim.takeDown(service, app.capacity().bootTimeSeconds(), "hot reload: restarting");
            boolean failed = c.defect() == Action.Defect.CAUGHT_BY_UNIT_TESTS || random.nextDouble() < c.risk() * 0.3;
            int total = 40 + c.sizeLines() / 10;
            log(failed ? Severity.WARNING : Severity.INFO, service, "unit-tests", failed
                    ? "%s: Tests: %d passed, 1 failed".formatted(app.id(), total - 1)
                    : "%s: Tests: %d passed".formatted(app.id(), total));
        });
    }

    void commit(int service, String message) {
        List<Change> mine = pending.stream().filter(c -> c.service() == service).toList();
        if (mine.isEmpty()) {
            throw new IllegalArgumentException("nothing to commit on " + sim.spec(service).id() + ": make a code change first");
        }
        pending.removeAll(mine);
        Delivery d = sim.topology().delivery() != null ? sim.topology().delivery()
                : new Delivery(Delivery.Strategy.ROLLING_UPDATE, Delivery.Rollback.MANUAL, true);
        Active run = new Active(runs.size(), service, message == null ? "change" : message, mine,
                d.pipelineOrDefault(sim.topology().mode()));
        runs.add(run);
        log(Severity.INFO, service, "commit", "pipeline #%d: %s pushed (\"%s\"), %d change(s)".formatted(run.number + 1,
                sim.spec(service).id(), run.message, mine.size()));
        next(run);
    }

    void approve() {
        for (Active run : runs) {
            if (run.awaitingApproval) {
                run.awaitingApproval = false;
                finishStage(run, true, "approved");
                return;
            }
        }
        throw new IllegalArgumentException("no pipeline is waiting for approval");
    }

    private void next(Active run) {
        run.current++;
        if (run.current >= run.plan.size()) {
            run.done = true;
            return;
        }
        PipelineStage stage = run.plan.get(run.current);
        run.stages[run.current] = new StageRun(stage.kind(), StageStatus.RUNNING, sim.second(), -1, "");
        switch (stage.kind()) {
            case APPROVAL -> {
                run.awaitingApproval = true;
                run.stages[run.current] = new StageRun(stage.kind(), StageStatus.WAITING, sim.second(), -1, "waiting for approval");
                log(Severity.INFO, run.service, "pipeline-approval", "pipeline #%d waits for a manual approval".formatted(run.number + 1));
            }
            case DEPLOY_PRODUCTION -> promote(run);
            default -> sim.schedule((sim.second() + stage.durationSeconds()) * 1000, t -> judge(run, stage));
        }
    }

    /** A stage's outcome: test stages catch the defects they can see; any stage may fail by accident with risk. */
    private void judge(Active run, PipelineStage stage) {
        Action.Defect defect = run.defect();
        double risk = run.risk();
        String detail;
        boolean passed = switch (stage.kind()) {
            case BUILD -> {
                boolean ok = random.nextDouble() >= 0.02 + risk * 0.05;
                detail = ok ? "built" : "compile error";
                yield ok;
            }
            case UNIT_TESTS -> {
                boolean caught = defect == Action.Defect.CAUGHT_BY_UNIT_TESTS;
                boolean flaky = random.nextDouble() < risk * 0.15;
                detail = caught ? "a unit test caught the defect" : flaky ? "a test failed" : "all unit tests passed";
                yield !caught && !flaky;
            }
            case INTEGRATION_TESTS -> {
                boolean caught = defect == Action.Defect.CAUGHT_BY_UNIT_TESTS || defect == Action.Defect.CAUGHT_BY_INTEGRATION_TESTS;
                boolean flaky = random.nextDouble() < risk * 0.1;
                detail = caught ? "an integration test caught the defect" : flaky ? "an integration test failed" : "all integration tests passed";
                yield !caught && !flaky;
            }
            case SECURITY_SCAN -> {
                long critical = sim.posture().findings().stream()
                        .filter(f -> f.severity() == org.devopssim.simulation.events.Severity.CRITICAL).count();
                detail = critical == 0 ? "no critical findings" : critical + " critical security finding(s)";
                yield critical == 0;
            }
            default -> {
                detail = "done";
                yield true;
            }
        };
        finishStage(run, passed, detail);
    }

    private void finishStage(Active run, boolean passed, String detail) {
        StageRun s = run.stages[run.current];
        run.stages[run.current] = new StageRun(s.kind(), passed ? StageStatus.PASSED : StageStatus.FAILED, s.started(),
                sim.second(), detail);
        log(passed ? Severity.INFO : Severity.WARNING, run.service, passed ? "pipeline-stage" : "pipeline-failed",
                "pipeline #%d %s: %s".formatted(run.number + 1, s.kind().label().toLowerCase(), detail));
        if (passed) {
            next(run);
        } else {
            run.done = true;
        }
    }

    /** Hands the version to the deployment strategy; an uncaught defect rides along as errors. */
    private void promote(Active run) {
        Action.Defect defect = run.defect();
        double errors = defect == Action.Defect.NONE ? 0
                : run.changes.stream().mapToDouble(Change::defectErrorPercent).max().orElse(0);
        run.deployStarted = sim.second();
        productionDeploys++;
        // Started by the pipeline, not recorded as an action: replaying the commit replays this.
        sim.deployFromPipeline(run.service, new Rollouts.Version(run.version(), errors / 100, 1));
        if (errors > 0) {
            failedChanges++;
        }
        run.stages[run.current] = new StageRun(PipelineStage.Kind.DEPLOY_PRODUCTION, StageStatus.RUNNING,
                sim.second(), -1, "deploying " + run.version());
    }

    /** Watches promoted versions go live or be rolled back, for the lead time and time to restore. */
    void everySecond() {
        for (Active run : runs) {
            if (run.done || run.current < 0 || run.current >= run.plan.size()
                    || run.plan.get(run.current).kind() != PipelineStage.Kind.DEPLOY_PRODUCTION || sim.deploying(run.service)) {
                continue;
            }
            boolean live = sim.version(sim.spec(run.service).id()).equals(run.version());
            if (live) {
                leadTimes.add(sim.second() - run.committedAt);
                if (run.defect() != Action.Defect.NONE) {
                    brokenService = run.service;
                    brokenVersion = run.version();
                    brokenSince = run.deployStarted;
                }
                finishStage(run, true, run.version() + " is live");
            } else {
                // Rolled back before going live: users saw it only in the canary's share.
                restoreTimes.add(sim.second() - run.deployStarted);
                finishStage(run, false, "rolled back");
            }
        }
        if (brokenService >= 0 && !sim.deploying(brokenService)
                && !sim.version(sim.spec(brokenService).id()).equals(brokenVersion)) {
            restoreTimes.add(sim.second() - brokenSince);
            brokenService = -1;
        }
    }

    Dora dora() {
        double days = Math.max(1.0 / 24, sim.second() / 86_400.0);
        return new Dora(productionDeploys, productionDeploys / days,
                leadTimes.stream().mapToLong(Long::longValue).average().orElse(Double.NaN),
                productionDeploys == 0 ? Double.NaN : (double) failedChanges / productionDeploys,
                restoreTimes.stream().mapToLong(Long::longValue).average().orElse(Double.NaN));
    }

    private void log(Severity severity, int node, String kind, String message) {
        sim.log().append(new SimEvent(sim.second(), severity, sim.spec(node).id(), kind, message));
    }
}
