package org.devopssim.simulation.alerting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.devopssim.simulation.Fixtures;
import org.devopssim.simulation.engine.Action;
import org.devopssim.simulation.engine.Simulation;
import org.devopssim.simulation.model.Mode;
import org.devopssim.simulation.security.PostureAudit;
import org.junit.jupiter.api.Test;

class ReliabilityReportTest {

    @Test
    void summarisesAlertsBudgetsAndFindingsOfARun() {
        Simulation sim = new Simulation(Fixtures.chain(300, 2), 9, Fixtures.prices());
        Alerting alerting = Alerting.attach(sim, Packs.bundled(Mode.PRODUCTION));
        sim.advance(400);
        sim.apply(new Action.Scale("api", 5));
        sim.advance(800);
        ReliabilityReport report = ReliabilityReport.of(alerting.view(), PostureAudit.audit(sim.topology()));

        assertEquals(1200, report.seconds());
        assertTrue(report.alertsFired() >= 2, "the error-rate rule and the fast-burn page: " + report);
        assertTrue(report.alertsResolved() >= 2);
        assertEquals(report.alertsFired() - report.alertsResolved(), report.firingNow().size());
        ReliabilityReport.Budget system = report.budgets().stream()
                .filter(b -> b.slo().equals("availability") && b.service().equals("system")).findFirst().orElseThrow();
        assertTrue(system.budgetRemaining() < 0, "overspent by the overload");
        assertEquals(List.of("security-settings"), report.findings().stream().map(f -> f.check()).toList());
        List<String> lines = report.lines();
        assertTrue(lines.getFirst().startsWith("alerts: " + report.alertsFired() + " fired"), lines.getFirst());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("slo availability on system (availability 99.9% over 30d)")),
                lines.toString());
        assertTrue(lines.getLast().startsWith("security critical security-settings: "), lines.getLast());
    }

    @Test
    void aCalmProductionHourReportsNothingToWorryAbout() {
        Simulation sim = Fixtures.simulation("production", 42);
        Alerting alerting = Alerting.attach(sim, Packs.bundled(Mode.PRODUCTION));
        sim.advance(600);
        ReliabilityReport report = ReliabilityReport.of(alerting.view(), PostureAudit.audit(sim.topology()));
        assertEquals(0, report.alertsFired());
        assertTrue(report.findings().isEmpty());
        assertEquals(3, report.budgets().size());
        assertTrue(report.budgets().stream().allMatch(b -> b.budgetRemaining() > 0.9), report.budgets().toString());
    }
}
