package org.devopssim.simulation.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.devopssim.simulation.Fixtures;
import org.devopssim.simulation.events.SimEvent;
import org.devopssim.simulation.model.Delivery;
import org.devopssim.simulation.model.Link;
import org.junit.jupiter.api.Test;

/** The acceptance scenarios: each operation has its consequence in the figures. */
class OperationsTest {

    private static List<SimEvent> events(Simulation sim, String kind) {
        return sim.eventLog().all().stream().filter(e -> e.kind().equals(kind)).toList();
    }

    private static double meanErrorRate(Simulation sim, int seconds) {
        double sum = 0;
        for (int s = 0; s < seconds; s++) {
            sim.tick();
            sum += sim.system().errorRate();
        }
        return sum / seconds;
    }

    @Test
    void primaryCrashFailsOverInTimeLosingWhatTheReplicaHadNotApplied() {
        Simulation sim = Fixtures.simulation("production", 42);
        sim.advance(600);
        // Make the replica fall behind first, so the crash has something to lose.
        sim.apply(new Fault.ReplicaLag("db-replica", 0.05, null));
        sim.advance(120);
        double lagAtCrash = sim.status("db-replica").replicationLagSeconds();
        assertTrue(lagAtCrash > 1, "replica behind: " + lagAtCrash);
        long crashAt = sim.second();
        sim.apply(new Fault.DbPrimaryCrash(null, null));
        double errorsDuringOutage = meanErrorRate(sim, DataLayer.DETECTION_SECONDS + DataLayer.PROMOTION_SECONDS);
        assertTrue(errorsDuringOutage > 5, "writes fail until failover: " + errorsDuringOutage);
        sim.tick();

        SimEvent failover = events(sim, "failover").getFirst();
        assertEquals(crashAt + DataLayer.DETECTION_SECONDS + DataLayer.PROMOTION_SECONDS, failover.time());
        DataLayer.Recovery recovery = sim.recoveries().getFirst();
        assertEquals("db-replica", recovery.nodeId());
        // The lag at the crash, give or take the second the crash itself took.
        assertEquals(lagAtCrash, recovery.rpoSeconds(), lagAtCrash * 0.1 + 1);
        assertTrue(recovery.writesLost() > 0);

        sim.apply(new Action.ClearFault("db-replica", "replica-lag"));
        sim.advance(60);
        assertTrue(meanErrorRate(sim, 120) < 0.5, "writes flow to the new primary");
        assertEquals(Health.DOWN, sim.status("db-primary").health());
    }

    @Test
    void primaryCrashRaisesTheDownAlertWhichResolvesOnceRepaired() throws Exception {
        Simulation sim = Fixtures.simulation("production", 42);
        org.devopssim.simulation.alerting.RulePack pack;
        String path = org.devopssim.simulation.alerting.RulePackReader.bundledPath(sim.topology().mode());
        try (var in = org.devopssim.assets.Assets.open(path)) {
            pack = new org.devopssim.simulation.alerting.RulePackReader().read(in, path);
        }
        var alerting = org.devopssim.simulation.alerting.Alerting.attach(sim, pack);
        sim.advance(600);
        sim.apply(new Fault.DbPrimaryCrash(null, null));
        sim.advance(120);
        assertTrue(alerting.view().firing().stream().anyMatch(a -> a.name().equals("PostgresqlDown")
                && "db-primary".equals(a.nodeId())), "the down alert fires: " + alerting.view().firing());
        assertTrue(alerting.view().outbox().stream().anyMatch(m -> m.subject().contains("PostgresqlDown")),
                "Production pages by email");
        sim.apply(new Action.ClearFault("db-primary", "db-primary-crash"));
        sim.advance(120);
        assertTrue(alerting.view().resolved().stream().anyMatch(a -> a.name().equals("PostgresqlDown")),
                "and resolves once the old primary is back (as a replica)");
        assertTrue(events(sim, "alert-firing").size() >= 1 && events(sim, "alert-resolved").size() >= 1);
    }

    @Test
    void flashCrowdShowsTheAutoscalersBootLagThenRecovery() {
        Simulation sim = Fixtures.simulation("production", 42);
        sim.advance(1800);
        int before = sim.status("api").instancesReady();
        sim.apply(new Fault.TrafficSpike(null, 4, 1800));
        double firstMinutes = 0;
        double worstP95 = 0;
        for (int s = 0; s < 180; s++) {
            sim.tick();
            firstMinutes += sim.system().errorRate() / 180;
            worstP95 = Math.max(worstP95, sim.system().latencyP95Ms());
        }
        assertTrue(worstP95 > 500 || firstMinutes > 1, "the SLO burns while instances boot: p95 " + worstP95 + " errors " + firstMinutes);
        sim.advance(600);
        assertTrue(sim.status("api").instancesReady() > before * 2, "scaled out");
        assertTrue(meanErrorRate(sim, 120) < 0.5, "recovered once the new instances serve");
        assertTrue(sim.system().latencyP95Ms() < 300, "latency back to normal: " + sim.system().latencyP95Ms());
    }

    @Test
    void badReleaseUnderCanaryIsRolledBackBeforeFullRollout() {
        Simulation sim = Fixtures.simulation("experimental", 42);
        sim.advance(600);
        sim.apply(new Action.Deploy("api-aws", "v2", Delivery.Strategy.CANARY, 8, 1));
        sim.advance(3600);
        assertEquals(1, events(sim, "rollback").size(), "rolled back once");
        assertTrue(events(sim, "deploy-finished").isEmpty(), "never reached 100%");
        assertEquals("v1", sim.version("api-aws"));
        String reason = events(sim, "rollback").getFirst().message();
        assertTrue(reason.contains("canary analysis failed"), reason);
    }

    @Test
    void goodReleaseUnderCanaryIsPromoted() {
        Simulation sim = Fixtures.simulation("experimental", 42);
        sim.advance(600);
        sim.apply(new Action.Deploy("api-gcp", "v2", Delivery.Strategy.CANARY, 0, 1));
        sim.advance(3600);
        assertTrue(events(sim, "rollback").isEmpty());
        assertEquals("v2", sim.version("api-gcp"));
    }

    @Test
    void badReleaseUnderRollingUpdateReachesEveryInstanceAndBurnsTheBudget() {
        Simulation sim = Fixtures.simulation("production", 42);
        sim.advance(600);
        sim.apply(new Action.Deploy("api", "v2", Delivery.Strategy.ROLLING_UPDATE, 8, 1));
        sim.advance(1200);
        assertEquals("v2", sim.version("api"), "no analysis: the bad release goes everywhere");
        assertTrue(events(sim, "rollback").isEmpty());
        double errors = meanErrorRate(sim, 300);
        assertTrue(errors > 6 && errors < 10, "users see the release's errors: " + errors);
        assertTrue(sim.system().availability() < 99.9);

        sim.apply(new Action.Rollback("api"));
        sim.advance(600);
        assertEquals("v1", sim.version("api"));
        assertTrue(meanErrorRate(sim, 120) < 0.5);
    }

    @Test
    void rollingUpdateDipsCapacityWhileItRolls() {
        Simulation sim = Fixtures.simulation("production", 42);
        sim.apply(new Action.SetPolicy("api", new org.devopssim.simulation.model.Autoscaling(
                org.devopssim.simulation.model.Autoscaling.Policy.MANUAL, 1, 20, 0.6)));
        sim.apply(new Action.Scale("api", 8));
        sim.advance(120);
        sim.apply(new Action.Deploy("api", "v2", Delivery.Strategy.ROLLING_UPDATE, 0, 1));
        sim.tick();
        // Kubernetes defaults: 25% surge (2 new above the 8) and 25% unavailable (2 stopped at once).
        assertEquals(6, sim.status("api").instancesReady(), "a quarter out of service at once");
        assertEquals(4, sim.status("api").instancesBooting());
        sim.advance(600);
        assertEquals("v2", sim.version("api"));
        assertEquals(8, sim.status("api").instancesReady(), "back to the count once the last batch is ready");
        assertEquals(0, sim.status("api").instancesBooting());
    }

    @Test
    void blueGreenBootsAFullGreenSetThenSwitchesAllTrafficAtOnce() {
        Simulation sim = Fixtures.simulation("production", 42);
        sim.apply(new Action.SetPolicy("api", new org.devopssim.simulation.model.Autoscaling(
                org.devopssim.simulation.model.Autoscaling.Policy.MANUAL, 1, 20, 0.6)));
        sim.apply(new Action.Scale("api", 6));
        sim.advance(120);
        double costBefore = sim.system().costPerHour();
        sim.apply(new Action.Deploy("api", "v2", Delivery.Strategy.BLUE_GREEN, 0, 1));
        sim.tick();
        assertEquals(6, sim.status("api").instancesReady(), "blue keeps serving");
        assertEquals(6, sim.status("api").instancesBooting(), "a full green set boots beside it");
        assertTrue(sim.system().costPerHour() > costBefore, "two sets cost more while both run");
        assertEquals("v1 -> v2 (blue-green 0%)", sim.version("api"));
        sim.advance(60);
        assertEquals("v2", sim.version("api"), "one switch, no partial shares");
        assertEquals(6, sim.status("api").instancesReady());
        assertTrue(events(sim, "deploy-finished").getFirst().message().contains("switched all traffic to green"));
    }

    @Test
    void hotReloadInDevelopmentRestartsTheSingleInstanceAndRollbackIsThePreviousCommit() {
        Simulation sim = Fixtures.simulation("development", 42);
        sim.advance(60);
        sim.apply(new Action.Deploy("app", "feature", null, 0, 1));
        sim.tick();
        assertEquals(Health.DOWN, sim.status("app").health(), "restarting");
        sim.advance(10);
        assertEquals("feature", sim.version("app"));
        assertEquals(Health.UP, sim.status("app").health());
        sim.apply(new Action.Rollback("app"));
        sim.advance(10);
        assertEquals("v1", sim.version("app"), "back to the previous commit, by hot reload again");
        assertEquals(2, events(sim, "maintenance").size());
    }

    @Test
    void regionOutageMovesUsersToOtherCloudsThroughAnycast() {
        Simulation sim = Fixtures.simulation("experimental", 42);
        sim.advance(600);
        sim.apply(new Fault.RegionOutage("aws-us-east-1", 1800));
        sim.advance(300);
        List<Link> links = sim.topology().links();
        double[] rates = sim.linkRates();
        double toAws = 0;
        double elsewhere = 0;
        for (int l = 0; l < links.size(); l++) {
            if (links.get(l).from().equals("anycast")) {
                if (links.get(l).to().equals("lb-aws")) {
                    toAws += rates[l];
                } else {
                    elsewhere += rates[l];
                }
            }
        }
        assertEquals(0, toAws, 1e-9, "nothing is sent to the dead region");
        assertTrue(elsewhere > sim.system().offeredRps() * 0.99, "all users served elsewhere");
        assertEquals(Health.DOWN, sim.status("api-aws").health());
        sim.advance(1800);
        assertTrue(sim.status("lb-aws").requestRate() > 0, "the region takes its users back when it returns");
    }

    @Test
    void aDownMultiMasterMembersClientsMoveToAPeer() {
        Simulation sim = Fixtures.simulation("experimental", 42);
        sim.advance(600);
        sim.apply(new Fault.DbPrimaryCrash("pg-1", 900));
        sim.advance(10);
        assertTrue(sim.status("api-aws").errorRate() + sim.system().errorRate() > 0, "writes fail until detected");
        sim.advance(DataLayer.DETECTION_SECONDS + 30);
        assertTrue(events(sim, "failover").stream().anyMatch(e -> e.message().contains("moved to")));
        double errors = 0;
        for (int s = 0; s < 60; s++) {
            sim.tick();
            errors += sim.system().errorRate() / 60;
        }
        assertTrue(errors < 0.5, "the cluster keeps taking writes: " + errors);
        sim.advance(900);
        assertTrue(sim.status("pg-1").requestRate() > 0, "clients return once it is back");
    }

    @Test
    void restoringABackupLosesWritesSinceTheBackup() {
        Simulation sim = Fixtures.simulation("production", 42);
        sim.advance(3 * 3600);
        sim.apply(new Action.RestoreBackup("db-primary"));
        DataLayer.Recovery r = sim.recoveries().getFirst();
        // Daily backups at 02:00 local; the run starts at 19:00 local, so nothing yet: since the start.
        assertEquals(3 * 3600, r.rpoSeconds(), 1);
        assertTrue(r.writesLost() > 0);
        assertEquals(Health.DOWN, sim.status("db-primary").health());
    }
}
