package org.devopssim.simulation.imports.prometheus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.devopssim.simulation.Fixtures;
import org.devopssim.simulation.alerting.Alert;
import org.devopssim.simulation.alerting.AlertState;
import org.devopssim.simulation.alerting.Alerting;
import org.devopssim.simulation.alerting.RulePack;
import org.devopssim.simulation.engine.Fault;
import org.devopssim.simulation.engine.Simulation;
import org.devopssim.simulation.model.Mode;
import org.junit.jupiter.api.Test;

/** Imported rules in a running simulation: the instant, the up-style and the windowed kind. */
class ImportedRulesFireTest {

    private static final String RULES = """
            groups:
              - name: t
                rules:
                  - alert: ApiDown
                    expr: up{instance="api:8080"} == 0
                    for: 5s
                    labels: {severity: critical}
                    annotations: {summary: "Api down (instance {{ $labels.instance }})"}
                  - alert: ApiBusyAveraged
                    expr: avg_over_time(devopssim_queued_requests{node="api"}[2m]) > 50
                  - alert: ApiBusyNow
                    expr: devopssim_queued_requests{node="api"} > 50
            """;

    @Test
    void crashedInstancesFireTheImportedDownAlertAfterItsForDuration() throws Exception {
        RuleImport rules = PrometheusRuleImporter.read(RULES, "rules.yml");
        Simulation sim = new Simulation(Fixtures.chain(100, 2), 7, Fixtures.prices());
        Alerting alerting = Alerting.attach(sim, RulePack.empty(Mode.PRODUCTION));
        rules.rules().forEach(alerting::addRule);
        sim.advance(30);
        assertTrue(alerting.view().alerts().isEmpty(), alerting.view().alerts().toString());
        sim.apply(new Fault.InstanceCrash("api", 2));
        sim.advance(4);
        assertEquals(List.of(AlertState.PENDING), alerting.view().alerts().stream()
                .filter(a -> a.name().equals("ApiDown")).map(Alert::state).toList());
        sim.advance(2);
        List<Alert> firing = alerting.view().firing().stream().filter(a -> a.name().equals("ApiDown")).toList();
        assertEquals(1, firing.size(), alerting.view().alerts().toString());
        assertEquals("api", firing.getFirst().nodeId());
        assertTrue(firing.getFirst().summary().startsWith("Api down (instance api)"), firing.getFirst().summary());
    }

    @Test
    void aWindowedRuleLagsTheInstantOneByItsWindow() throws Exception {
        RuleImport rules = PrometheusRuleImporter.read(RULES, "rules.yml");
        // 150 req/s on 2 x 100 req/s is fine; on one instance the queue grows by about 50 a second.
        Simulation sim = new Simulation(Fixtures.chain(150, 2), 7, Fixtures.prices());
        Alerting alerting = Alerting.attach(sim, RulePack.empty(Mode.PRODUCTION));
        rules.rules().forEach(alerting::addRule);
        sim.advance(180);
        assertTrue(alerting.view().alerts().isEmpty(), alerting.view().alerts().toString());
        sim.apply(new org.devopssim.simulation.engine.Action.Scale("api", 1));
        long instantAt = -1;
        long averagedAt = -1;
        for (int s = 0; s < 600 && averagedAt < 0; s++) {
            sim.advance(1);
            for (Alert a : alerting.view().alerts()) {
                if (a.name().equals("ApiBusyNow") && instantAt < 0) {
                    instantAt = sim.second();
                }
                if (a.name().equals("ApiBusyAveraged") && averagedAt < 0) {
                    averagedAt = sim.second();
                }
            }
        }
        assertTrue(instantAt > 180 && averagedAt > instantAt + 10, "instant at " + instantAt + ", averaged at " + averagedAt);
        Alert averaged = alerting.view().alerts().stream().filter(a -> a.name().equals("ApiBusyAveraged")).findFirst()
                .orElseThrow();
        assertEquals(AlertState.FIRING, averaged.state());
        double now = sim.status("api").queue();
        assertTrue(averaged.value() > 50 && averaged.value() < now / 2, "a mean over the window: " + averaged.value()
                + " while the queue is " + now);
    }
}
