package org.devopssim.simulation.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.devopssim.assets.Assets;
import org.devopssim.simulation.alerting.AlertRule;
import org.devopssim.simulation.alerting.BurnRateAlert;
import org.devopssim.simulation.alerting.RulePack;
import org.devopssim.simulation.alerting.RulePackReader;
import org.devopssim.simulation.events.Severity;
import org.devopssim.simulation.events.SimEvent;
import org.devopssim.simulation.metrics.Metric;
import org.devopssim.simulation.model.Autoscaling;
import org.devopssim.simulation.model.Delivery;
import org.devopssim.simulation.model.LoadBalancer;
import org.devopssim.simulation.model.Mode;
import org.devopssim.simulation.model.NodeKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every name the app shows has an explanation in the bundled glossary. */
class GlossaryCoverageTest {

    private static Glossary glossary;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = Assets.open(GlossaryReader.BUNDLED_PATH)) {
            glossary = new GlossaryReader().read(in, GlossaryReader.BUNDLED_PATH);
        }
    }

    private static void assertAllExplained(String what, List<String> ids) {
        List<String> missing = ids.stream().filter(id -> !glossary.contains(id)).toList();
        assertTrue(missing.isEmpty(), what + " without a glossary entry: " + missing);
    }

    @Test
    void everyNodeKind() {
        List<String> ids = new ArrayList<>();
        for (NodeKind k : NodeKind.values()) {
            ids.add(HelpTopics.kind(k));
        }
        assertAllExplained("node kinds", ids);
    }

    @Test
    void everyMetric() {
        List<String> ids = new ArrayList<>();
        for (Metric m : Metric.values()) {
            ids.add(HelpTopics.metric(m));
        }
        assertAllExplained("metrics", ids);
    }

    @Test
    void everyFaultAndAction() {
        List<String> names = HelpTopics.actionNames();
        assertTrue(names.contains("db-primary-crash") && names.contains("approve"), names.toString());
        assertAllExplained("faults and actions", names.stream().map(HelpTopics::action).toList());
        assertEquals("fault:db-primary-crash", HelpTopics.action("db-primary-crash"));
        assertEquals("action:failover", HelpTopics.action("failover"));
    }

    @Test
    void everyPolicyStrategyAndBalancer() {
        List<String> ids = new ArrayList<>();
        for (Autoscaling.Policy p : Autoscaling.Policy.values()) {
            ids.add(HelpTopics.policy(p));
        }
        for (Delivery.Strategy s : Delivery.Strategy.values()) {
            ids.add(HelpTopics.strategy(s));
        }
        for (LoadBalancer.Policy p : LoadBalancer.Policy.values()) {
            ids.add(HelpTopics.balancer(p));
        }
        for (Delivery.Rollback r : Delivery.Rollback.values()) {
            ids.add(HelpTopics.rollback(r));
        }
        assertTrue(ids.contains("policy:reactive") && ids.contains("strategy:blue-green")
                && ids.contains("balancer:least-connections"), ids.toString());
        assertAllExplained("policies, strategies and balancer policies", ids);
    }

    @Test
    void everyAlertOfTheBundledPacks() throws Exception {
        List<String> ids = new ArrayList<>();
        for (Mode mode : Mode.values()) {
            String path = RulePackReader.bundledPath(mode);
            RulePack pack;
            try (InputStream in = Assets.open(path)) {
                pack = new RulePackReader().read(in, path);
            }
            for (AlertRule r : pack.rules()) {
                ids.add(HelpTopics.alert(r.name()));
            }
            for (BurnRateAlert b : pack.burnRateAlerts()) {
                ids.add(HelpTopics.alert(b.name()));
            }
            if (pack.anomaly() != null) {
                for (Metric m : pack.anomaly().metrics()) {
                    ids.add(HelpTopics.alert("Anomaly(" + HelpTopics.metric(m).substring("metric:".length()) + ")"));
                }
            }
        }
        assertTrue(ids.contains("alert:PostgresqlDown") && ids.contains("alert:ErrorBudgetFastBurn"), ids.toString());
        assertAllExplained("alerts", ids);
    }

    @Test
    void theConceptsOfTheCourse() {
        assertAllExplained("concepts", List.of("concept:slo", "concept:error-budget", "concept:burn-rate",
                "concept:replication-lag", "concept:rpo", "concept:rto", "concept:dora"));
    }

    @Test
    void notableEventsLinkToAnExplanation() {
        assertEquals("alert:PostgresqlDown", explain("alert-firing", "FIRING PostgresqlDown on db-primary: down"));
        assertEquals("alert:Anomaly", explain("alert-firing", "FIRING Anomaly(latency-p95) on api: unusual"));
        assertEquals("fault:db-primary-crash", explain("fault-injected", "db-primary-crash on db-primary (until fixed)"));
        assertEquals("action:failover", explain("failover", "db-replica promoted"));
        assertEquals("action:scale", explain("scale-up", "api: 4 -> 6 instances"));
        assertEquals("action:rollback", explain("rollback", "api: rolling back"));
        assertEquals("concept:circuit-breaker", explain("circuit-open", "circuit breaker on api opened"));
        assertEquals("action:commit", explain("pipeline-failed", "pipeline #1 unit tests: 2 failed"));
        assertTrue(glossary.explain(new SimEvent(0, Severity.INFO, null, "instance-ready-not-a-kind", "x")).isEmpty());
    }

    private static String explain(String kind, String message) {
        Optional<GlossaryEntry> e = glossary.explain(new SimEvent(10, Severity.WARNING, "n", kind, message));
        return e.map(GlossaryEntry::id).orElse("none");
    }

    @Test
    void searchFindsByTitleFirst() {
        List<GlossaryEntry> hits = glossary.search("error budget");
        assertEquals("concept:error-budget", hits.getFirst().id());
        assertTrue(glossary.search("zzzz nothing").isEmpty());
        assertEquals(glossary.entries().size(), glossary.search("").size());
    }
}
