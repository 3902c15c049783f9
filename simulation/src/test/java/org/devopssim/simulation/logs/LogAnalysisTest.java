package org.devopssim.simulation.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.devopssim.simulation.Fixtures;
import org.devopssim.simulation.alerting.Alerting;
import org.devopssim.simulation.alerting.RulePack;
import org.devopssim.simulation.engine.Action;
import org.devopssim.simulation.engine.Fault;
import org.devopssim.simulation.engine.Simulation;
import org.devopssim.simulation.events.SimEvent;
import org.devopssim.simulation.model.Mode;
import org.junit.jupiter.api.Test;

/** AI log alerts on seeded runs of the presets: they fire during faults and stay quiet otherwise. */
class LogAnalysisTest {

    static final long FAULT_AT = 1_200;

    /** Alerting with no rules of its own, so every alert is an AI log alert. */
    static Simulation experimental(long seed) {
        Simulation sim = Fixtures.simulation("experimental", seed);
        Alerting.attach(sim, new RulePack(Mode.EXPERIMENTAL, null, List.of(), List.of(), List.of(), List.of(), null));
        return sim;
    }

    static List<SimEvent> logAlertsFired(Simulation sim) {
        return sim.eventLog().all().stream()
                .filter(e -> e.kind().equals("alert-firing") && e.message().startsWith("FIRING AiLog(")).toList();
    }

    /** Seconds from the fault to the first AI log alert. */
    static long delayAfter(Simulation sim, long faultAt) {
        return logAlertsFired(sim).stream().filter(e -> e.time() >= faultAt).findFirst()
                .map(e -> e.time() - faultAt).orElseThrow(() -> new AssertionError("no AI log alert after the fault"));
    }

    @Test
    void aCalmHourRaisesNoLogAlerts() {
        for (long seed = 1; seed <= 3; seed++) {
            Simulation sim = experimental(seed);
            sim.advance(LogAnomalies.WARM_UP_SECONDS + 3_600);
            assertEquals(List.of(), logAlertsFired(sim), "seed " + seed);
            assertTrue(sim.logs().templates().size() > 15, "templates mined: " + sim.logs().templates());
        }
    }

    @Test
    void aCrashedDatabaseRaisesLogAlertsWithinAMinute() {
        Simulation sim = experimental(7);
        sim.advance(FAULT_AT);
        sim.apply(new Fault.DbPrimaryCrash("pg-1", 600));
        sim.advance(300);
        assertTrue(delayAfter(sim, FAULT_AT) <= 60, logAlertsFired(sim).toString());
        assertTrue(logAlertsFired(sim).stream().anyMatch(e -> e.message().contains("ECONNREFUSED")
                || e.message().contains("terminating connection")), logAlertsFired(sim).toString());
    }

    @Test
    void redisDownRaisesLogAlertsWithinAMinute() {
        Simulation sim = experimental(8);
        sim.advance(FAULT_AT);
        sim.apply(new Fault.RedisDown("redis-aws", 600));
        sim.advance(300);
        assertTrue(delayAfter(sim, FAULT_AT) <= 60, logAlertsFired(sim).toString());
        assertTrue(logAlertsFired(sim).stream().anyMatch(e -> e.message().contains("[ioredis]") || e.message().contains("session store error")), logAlertsFired(sim).toString());
    }

    @Test
    void anExpiredCertificateRaisesALogAlert() {
        Simulation sim = experimental(9);
        sim.advance(FAULT_AT);
        sim.apply(new Fault.TlsCertExpired("lb-gcp", 600));
        sim.advance(120);
        assertTrue(logAlertsFired(sim).stream().anyMatch(e -> e.message().contains("SSL_do_handshake")),
                logAlertsFired(sim).toString());
    }

    @Test
    void withoutLogAnalysisThereAreLinesButNoTemplatesOrLogAlerts() {
        Simulation sim = Fixtures.simulation("production", 7);
        Alerting.attach(sim, new RulePack(Mode.PRODUCTION, null, List.of(), List.of(), List.of(), List.of(), null));
        sim.advance(FAULT_AT);
        sim.apply(new Fault.DbPrimaryCrash(null, 600));
        sim.advance(300);
        assertEquals(List.of(), logAlertsFired(sim));
        assertTrue(sim.logs().templates().isEmpty());
        List<LogLine> lines = sim.logs().since(0);
        assertTrue(lines.stream().anyMatch(l -> l.message().contains("ECONNREFUSED") && l.level() == LogLevel.ERROR),
                "the services still log the refused connections");
        assertTrue(lines.stream().allMatch(l -> l.templateId() == -1));
    }

    @Test
    void switchingLogAnalysisOffSilencesItAndIsRecordedForReplay() {
        Simulation sim = experimental(7);
        sim.advance(FAULT_AT - 10);
        Action off = new Action.SetFeature("ai-log-analysis", false);
        sim.apply(off);
        sim.advance(10);
        sim.apply(new Fault.DbPrimaryCrash("pg-1", 600));
        sim.advance(300);
        assertEquals(List.of(), logAlertsFired(sim));
        assertFalse(sim.logs().analysing());
        assertEquals(off, sim.actionLog().getFirst().action());
        assertTrue(sim.eventLog().all().stream().anyMatch(e -> e.kind().equals("feature-changed")
                && e.message().equals("AI log analysis switched off")));
    }
}
