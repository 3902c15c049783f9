package org.devopssim.simulation.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.devopssim.simulation.Fixtures;
import org.devopssim.simulation.events.SimEvent;
import org.devopssim.simulation.metrics.Metric;
import org.devopssim.simulation.model.Delivery;
import org.devopssim.simulation.model.PipelineStage;
import org.devopssim.simulation.model.PipelineStage.Kind;
import org.devopssim.simulation.model.PriceTable;
import org.devopssim.simulation.model.Topology;
import org.junit.jupiter.api.Test;

class DeliveryPipelineTest {

    /** Production with a pipeline that skips integration tests, the scan and the approval. */
    private static Topology laxProduction() {
        Topology t = Fixtures.preset("production");
        Delivery d = t.delivery();
        Delivery lax = new Delivery(d.strategy(), d.rollback(), d.zeroDowntime(), null, null,
                List.of(new PipelineStage(Kind.BUILD, 60), new PipelineStage(Kind.UNIT_TESTS, 60),
                        new PipelineStage(Kind.DEPLOY_PRODUCTION, 0)));
        return new Topology(t.schemaVersion(), t.name(), t.mode(), t.description(), t.workload(), t.security(), lax,
                t.nodes(), t.links());
    }

    private static List<SimEvent> events(Simulation sim, String kind) {
        return sim.eventLog().all().stream().filter(e -> e.kind().equals(kind)).toList();
    }

    private static double meanErrors(Simulation sim, int seconds) {
        double sum = 0;
        for (int s = 0; s < seconds; s++) {
            sim.tick();
            sum += sim.system().errorRate();
        }
        return sum / seconds;
    }

    private static final Action.CodeChange RISKY_DEFECT =
            new Action.CodeChange("api", 300, 0, Action.Defect.CAUGHT_BY_INTEGRATION_TESTS, 20);

    @Test
    void aDefectOnlyIntegrationTestsSeeIsCaughtByTheStrictPipeline() {
        Simulation sim = Fixtures.simulation("production", 5);
        sim.advance(300);
        sim.apply(RISKY_DEFECT);
        sim.apply(new Action.Commit("api", "feature"));
        sim.advance(1500);
        DeliveryPipeline.Run run = sim.pipelineRuns().getFirst();
        assertEquals(DeliveryPipeline.StageStatus.FAILED, run.stages().get(2).status(), run.toString());
        assertEquals(Kind.INTEGRATION_TESTS, run.stages().get(2).kind());
        assertEquals("v1", sim.version("api"), "nothing shipped");
        assertEquals(0, sim.dora().productionDeploys());
    }

    @Test
    void theSameDefectEscapesALaxPipelineAndShowsUpAsABadRelease() {
        Simulation sim = new Simulation(laxProduction(), 5, Fixtures.prices());
        sim.advance(300);
        sim.apply(RISKY_DEFECT);
        sim.apply(new Action.Commit("api", "feature"));
        sim.advance(1200);
        assertEquals("v2", sim.version("api"), "the defect reached production");
        double errors = meanErrors(sim, 120);
        assertTrue(errors > 15, "users see the defect's errors: " + errors);
        assertEquals(1.0, sim.dora().changeFailureRate(), 1e-9);
    }

    @Test
    void productionPipelineWaitsForApproval() {
        Simulation sim = Fixtures.simulation("production", 5);
        sim.apply(new Action.CodeChange("api", 80, 0, null, 0));
        sim.apply(new Action.Commit("api", "small fix"));
        sim.advance(1500);
        assertEquals(DeliveryPipeline.StageStatus.WAITING, sim.pipelineRuns().getFirst().stages().get(6).status());
        assertEquals("v1", sim.version("api"));
        sim.apply(new Action.Approve(null));
        sim.advance(900);
        assertEquals("v2", sim.version("api"));
    }

    @Test
    void doraFiguresMatchTheRunsEvents() {
        Simulation sim = new Simulation(laxProduction(), 8, Fixtures.prices());
        for (int k = 0; k < 3; k++) {
            sim.advance(1800);
            sim.apply(new Action.CodeChange("api", 100, 0, null, 0));
            sim.apply(new Action.Commit("api", "change " + k));
        }
        sim.advance(1800);
        sim.apply(new Action.CodeChange("api", 100, 0, Action.Defect.MISSED_BY_TESTS, 15));
        sim.apply(new Action.Commit("api", "bad change"));
        sim.advance(1200);
        assertEquals("v5", sim.version("api"));
        sim.apply(new Action.Rollback("api"));
        sim.advance(900);

        List<SimEvent> commits = events(sim, "commit");
        List<SimEvent> live = events(sim, "pipeline-stage").stream().filter(e -> e.message().contains("is live")).toList();
        assertEquals(4, commits.size());
        assertEquals(4, live.size());
        double lead = 0;
        for (int k = 0; k < 4; k++) {
            lead += live.get(k).time() - commits.get(k).time();
        }
        DeliveryPipeline.Dora dora = sim.dora();
        assertEquals(4, dora.productionDeploys());
        assertEquals(lead / 4, dora.leadTimeSeconds(), 1e-9, "lead time: commit to live");
        assertEquals(0.25, dora.changeFailureRate(), 1e-9, "one of four changes failed");
        SimEvent badLive = live.get(3);
        SimEvent restored = events(sim, "deploy-finished").getLast();
        assertTrue(restored.message().contains("v4"), restored.message());
        long deployStart = events(sim, "deploy-started").stream().filter(e -> e.message().contains("deploying v5")).findFirst().orElseThrow().time();
        assertEquals(restored.time() - deployStart, dora.timeToRestoreSeconds(), 1.0, "from the bad deploy to the restore");
        assertTrue(badLive.time() > deployStart);
        assertEquals(4 / (sim.second() / 86_400.0), dora.deploysPerDay(), 1e-6);
    }

    @Test
    void hotReloadInDevelopmentRebuildsRestartsAndRecordsTheBuildTime() {
        Simulation sim = new Simulation(Fixtures.preset("development"), 3, PriceTable.free());
        sim.advance(60);
        sim.apply(new Action.CodeChange("app", 400, 0, Action.Defect.CAUGHT_BY_UNIT_TESTS, 0));
        sim.advance(30);
        assertTrue(events(sim, "hot-reload").size() == 1);
        assertTrue(events(sim, "build").getFirst().message().contains("compiled successfully"));
        assertTrue(events(sim, "maintenance").getFirst().message().contains("hot reload"));
        assertTrue(events(sim, "unit-tests").getFirst().message().contains("1 failed"), "the unit tests see the defect");
        double build = sim.status("app").buildSeconds();
        assertTrue(build >= 14 && build <= 16, "4 s + 400 lines / 40 per s, plus up to 2 s: " + build);
        var series = sim.metrics().range("app", Metric.BUILD_TIME, sim.second() - 1, sim.second() - 1);
        assertEquals(build, series.last(), 1e-3, "the build-time metric of the seed's Development monitoring");
    }
}
