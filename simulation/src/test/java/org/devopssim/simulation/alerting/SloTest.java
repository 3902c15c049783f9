package org.devopssim.simulation.alerting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.devopssim.simulation.Fixtures;
import org.devopssim.simulation.engine.Action;
import org.devopssim.simulation.engine.Simulation;
import org.devopssim.simulation.events.Severity;
import org.devopssim.simulation.model.Mode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SloTest {

    private static final ServiceLevelObjective THREE_NINES = new ServiceLevelObjective("availability",
            new Target.SystemWide(), new Objective.Availability(), 99.9, 30 * 86_400);

    @Test
    void ledgerBurnRatesOverLongAndShortWindows() {
        SloLedger ledger = new SloLedger(THREE_NINES, "system", 3 * 86_400, 0);
        for (long s = 0; s < 3600; s++) {
            ledger.record(s, 100, 0);
        }
        for (long s = 3600; s < 3900; s++) {
            ledger.record(s, 100, 10);
        }
        // Last 5 min: all bad seconds at 10% -> 100x.
        assertEquals(100, ledger.burnRate(300), 1e-9);
        // Last hour: 5 of its minutes at 10%.
        assertEquals(100.0 * 300 / 3600, ledger.burnRate(3600), 1e-9);
        // Not on a minute boundary: from the boundary at or before 70 s ago, 3780: 120 bad seconds of 121.
        ledger.record(3900, 100, 0);
        assertEquals(100.0 * 120 / 121, ledger.burnRate(70), 1e-9);
        double overall = 300 * 10.0 / (3901 * 100);
        assertEquals(1 - overall / 0.001, ledger.status().budgetRemaining(), 1e-9);
        assertEquals(100 * (1 - overall), ledger.status().goodPercent(), 1e-9);
        for (long s = 3901; s < 4260; s++) {
            ledger.record(s, 100, 0);
        }
        assertEquals(0, ledger.burnRate(300), 1e-9, "the short window forgets the burst after recovery");
        assertEquals(100.0 * 300 / 3600, ledger.burnRate(3600), 1e-9, "the long one still remembers it");
    }

    @Test
    void aLedgerStartedMidRunCountsFromItsStart() {
        SloLedger ledger = new SloLedger(THREE_NINES, "system", 3600, 1000);
        for (long s = 1000; s < 1130; s++) {
            ledger.record(s, 10, 1);
        }
        assertEquals(100, ledger.burnRate(300), 1e-9);
        assertTrue(ledger.covers(130) && !ledger.covers(131));
    }

    @Test
    void slowShareFollowsTheQuantiles() {
        assertEquals(0.5, RequestCounts.slowerThan(100, 100, 200, 300), 1e-9);
        assertEquals(0.05, RequestCounts.slowerThan(200, 100, 200, 300), 1e-9);
        assertEquals(0.01, RequestCounts.slowerThan(300, 100, 200, 300), 1e-9);
        assertEquals(0.002, RequestCounts.slowerThan(400, 100, 200, 300), 1e-9);
        double between = RequestCounts.slowerThan(250, 100, 200, 300);
        assertTrue(between < 0.05 && between > 0.01);
        assertEquals(0, RequestCounts.slowerThan(300, 0, 0, 0));
    }

    @Test
    void overloadPagesWithTheFastBurnAlertWhichResolvesAfterRecovery() {
        Simulation sim = new Simulation(Fixtures.chain(300, 2), 5, Fixtures.prices());
        Alerting alerting = Alerting.attach(sim, Packs.bundled(Mode.PRODUCTION));
        String page = "ErrorBudgetFastBurn[availability]";

        sim.advance(290);
        assertTrue(alerting.view().alerts().stream().noneMatch(a -> a.name().equals(page)),
                "not confirmed before the run has seen the 5-minute window");
        sim.advance(10);
        Alert firing = alerting.view().firing().stream()
                .filter(a -> a.name().equals(page) && a.nodeId().equals("system")).findFirst().orElseThrow();
        assertEquals(Severity.CRITICAL, firing.severity());
        assertTrue(firing.value() > 14.4, "burn " + firing.value());
        assertTrue(alerting.view().outbox().stream().anyMatch(m -> m.subject().equals(
                "[FIRING:critical] " + page + " on system")));
        SloStatus budget = status(alerting, "availability", "system");
        assertTrue(budget.budgetRemaining() < 0, "a third of requests failing overspends a 0.1% budget");

        sim.apply(new Action.Scale("api", 5));
        sim.advance(420);
        AlertView view = alerting.view();
        assertTrue(view.alerts().stream().noneMatch(a -> a.name().startsWith("ErrorBudgetFastBurn")),
                "the 5-minute window cleared: " + view.alerts());
        assertTrue(view.resolved().stream().anyMatch(a -> a.name().equals(page) && a.nodeId().equals("system")));
        assertTrue(status(alerting, "availability", "system").burnRateLastHour() > 14.4,
                "it resolved because of the short window, the hour still burns fast");
        assertTrue(view.outbox().stream().anyMatch(m -> m.subject().equals("[RESOLVED] " + page + " on system")));
    }

    private static SloStatus status(Alerting alerting, String slo, String service) {
        return alerting.view().slos().stream().filter(s -> s.slo().equals(slo) && s.service().equals(service))
                .findFirst().orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"production", "development", "experimental"})
    void aCalmPresetHourFiresNothing(String preset) {
        Simulation sim = Fixtures.simulation(preset, 42);
        Alerting alerting = Alerting.attach(sim, Packs.bundled(sim.topology().mode()));
        sim.advance(3600);
        AlertView view = alerting.view();
        assertEquals(0, view.firedTotal(), "fired: " + view.resolved() + view.firing());
        assertTrue(view.notifications().isEmpty());
        assertTrue(sim.eventLog().all().stream().noneMatch(e -> e.kind().startsWith("alert-")));
        assertTrue(!view.slos().isEmpty());
        for (SloStatus s : view.slos()) {
            assertTrue(s.budgetRemaining() > 0.5, "budget mostly left: " + s);
        }
    }

    @Test
    void serviceSlosExpandToEveryServiceOfTheKind() {
        Simulation sim = Fixtures.simulation("experimental", 1);
        Alerting alerting = Alerting.attach(sim, Packs.bundled(Mode.EXPERIMENTAL));
        sim.advance(1);
        List<String> services = alerting.view().slos().stream().filter(s -> s.slo().equals("service-availability"))
                .map(SloStatus::service).toList();
        assertEquals(List.of("api-aws", "api-azure", "api-gcp", "api-do", "stream-processor"), services);
    }

}
