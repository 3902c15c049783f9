package org.devopssim.simulation.imports.prometheus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.devopssim.simulation.alerting.AlertRule;
import org.devopssim.simulation.alerting.AlertRule.Aggregation;
import org.devopssim.simulation.alerting.AlertRule.Window;
import org.devopssim.simulation.alerting.Comparison;
import org.devopssim.simulation.alerting.Target;
import org.devopssim.simulation.events.Severity;
import org.devopssim.simulation.imports.ImportException;
import org.devopssim.simulation.metrics.Metric;
import org.devopssim.simulation.model.NodeKind;
import org.junit.jupiter.api.Test;

/** The PromQL subset on the tests' own fixtures, one construct per rule, and bad files. */
class PrometheusRuleImportTest {

    static Path fixture(String name) {
        try {
            return Path.of(PrometheusRuleImportTest.class.getResource("/imports/prometheus/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RuleImport subset() throws ImportException {
        return PrometheusRuleImporter.importFiles(List.of(fixture("subset.yml")));
    }

    private static AlertRule rule(String name, Metric m, Target t, Comparison op, double threshold, long forSeconds,
                                  Severity severity, Window window) {
        return new AlertRule(name, m, t, op, threshold, forSeconds, severity, null, window);
    }

    private static void assertImported(AlertRule expected, RuleImport.Entry entry) {
        assertTrue(entry.imported(), entry.name() + " refused: " + entry.refusal());
        AlertRule r = entry.rule();
        assertEquals(expected.metric(), r.metric(), entry.name());
        assertEquals(expected.target(), r.target(), entry.name());
        assertEquals(expected.comparison(), r.comparison(), entry.name());
        assertEquals(expected.threshold(), r.threshold(), 1e-9, entry.name());
        assertEquals(expected.forSeconds(), r.forSeconds(), entry.name());
        assertEquals(expected.severity(), r.severity(), entry.name());
        assertEquals(expected.window(), r.window(), entry.name());
    }

    @Test
    void everySupportedConstructBecomesTheMatchingRule() throws Exception {
        RuleImport r = subset();
        assertImported(rule("ApiSlow", Metric.LATENCY_P95, new Target.NodeId("api"), Comparison.ABOVE, 300, 60,
                Severity.CRITICAL, null), r.entry("ApiSlow"));
        assertEquals("{node} p95 is {value}", r.entry("ApiSlow").rule().summary());
        assertImported(rule("DbPoolBusy", Metric.CONNECTIONS, new Target.NodePattern("db.*", false),
                Comparison.AT_OR_ABOVE, 50, 0, Severity.WARNING, new Window(Aggregation.AVG, 300)), r.entry("DbPoolBusy"));
        assertImported(rule("CpuPeak", Metric.CPU, new Target.Kind(NodeKind.APP_SERVICE), Comparison.ABOVE, 90, 0,
                Severity.INFO, new Window(Aggregation.MAX, 120)), r.entry("CpuPeak"));
        // rate of idle CPU seconds is 1 - cpu/100, so "idle > 0.8" is "cpu < 20"; 1h30m is 5400 s.
        assertImported(rule("IdleHosts", Metric.CPU, new Target.NodePattern("lb", true), Comparison.BELOW, 20,
                5400, Severity.WARNING, new Window(Aggregation.AVG, 3600)), r.entry("IdleHosts"));
        assertImported(rule("MemoryHigh", Metric.MEMORY, new Target.Kind(NodeKind.REDIS), Comparison.ABOVE, 85, 0,
                Severity.WARNING, null), r.entry("MemoryHigh"));
        assertImported(rule("SystemErrors", Metric.ERROR_RATE, new Target.SystemWide(), Comparison.ABOVE, 5, 120,
                Severity.WARNING, null), r.entry("SystemErrors"));
        assertImported(rule("AnyLagging", Metric.REPLICATION_LAG, new Target.Kind(NodeKind.POSTGRES), Comparison.ABOVE,
                10, 0, Severity.WARNING, null), r.entry("AnyLagging"));
        assertTrue(r.entry("AnyLagging").notes().getFirst().contains("fires for each such node"));
        assertImported(rule("DbUp", Metric.INSTANCES, new Target.NodeId("db"), Comparison.BELOW, 1, 0,
                Severity.WARNING, null), r.entry("DbUp"));
        assertImported(rule("FewReplicas", Metric.INSTANCES, new Target.NodeId("api"), Comparison.BELOW, 2, 0,
                Severity.WARNING, null), r.entry("FewReplicas"));
        assertImported(rule("PerNode", Metric.QUEUE, new Target.AllNodes(), Comparison.ABOVE, 100, 0,
                Severity.WARNING, null), r.entry("PerNode"));
        assertEquals(10, r.rules().size());
    }

    @Test
    void everyRefusalNamesTheRuleAndTheReason() throws Exception {
        RuleImport r = subset();
        assertEquals(8, r.refused().size());
        assertTrue(r.entry("TwoSeries").refusal().startsWith("compares two series"), r.entry("TwoSeries").refusal());
        assertTrue(r.entry("Predict").refusal().contains("predict_linear() is outside the supported subset"));
        assertTrue(r.entry("Total").refusal().contains("sum adds up nodes"), r.entry("Total").refusal());
        assertTrue(r.entry("NoComparison").refusal().startsWith("not a comparison"));
        assertTrue(r.entry("Unreadable").refusal().contains("subqueries"), r.entry("Unreadable").refusal());
        assertTrue(r.entry("UnknownLabel").refusal().contains("{zone=\"eu-1a\"} has no counterpart"));
        assertTrue(r.entry("AlwaysTrue").refusal().contains("always true"));
        assertTrue(r.entry("job:requests:rate5m").refusal().contains("recording rule"));
        String text = r.text();
        assertTrue(text.contains("10 of 18 became simulated rules"), text);
        assertTrue(text.contains("subset.yml:36: TwoSeries: compares two series"), text);
        assertTrue(text.contains("DbPoolBusy                           -> node~db.* connections >= 50 (avg over 300s)"),
                text);
    }

    @Test
    void malformedYamlNamesFileAndLine() {
        ImportException e = assertThrows(ImportException.class,
                () -> PrometheusRuleImporter.importFiles(List.of(fixture("malformed.yml"))));
        assertTrue(e.getMessage().contains("malformed.yml:"), e.getMessage());
        assertTrue(e.origin().line() >= 5, e.getMessage());
    }

    @Test
    void aValueOfTheWrongTypeNamesItsLine() {
        ImportException e = assertThrows(ImportException.class,
                () -> PrometheusRuleImporter.importFiles(List.of(fixture("wrong-types.yml"))));
        assertEquals(9, e.origin().line(), e.getMessage());
        assertTrue(e.problem().contains("expected 'labels' to be a mapping"), e.getMessage());

        ImportException d = assertThrows(ImportException.class,
                () -> PrometheusRuleImporter.importFiles(List.of(fixture("bad-for.yml"))));
        assertEquals(6, d.origin().line(), d.getMessage());
        assertTrue(d.problem().contains("expected 'for' as a duration"), d.getMessage());
    }

    @Test
    void notARuleFileIsRefusedWithItsPlace() throws Exception {
        ImportException e = assertThrows(ImportException.class,
                () -> PrometheusRuleImporter.read("services:\n  web: {}\n", "compose.yml"));
        assertTrue(e.getMessage().startsWith("compose.yml:1: expected a Prometheus rule file"), e.getMessage());
        assertTrue(PrometheusRuleImporter.isRuleFile(fixture("subset.yml")));
        assertFalse(PrometheusRuleImporter.isRuleFile(fixture("../compose/shop/compose.yaml")));
    }

    @Test
    void parserKeepsPrometheusPrecedence() throws Exception {
        // and binds looser than >, which binds looser than / and *: ((a / b) * 100 > 90) and (c > 0)
        PromQl e = PromQlParser.parse("a / b * 100 > 90 and on(instance) c > 0");
        PromQl.Binary and = (PromQl.Binary) e;
        assertEquals("and", and.op());
        assertTrue(and.matching());
        PromQl.Binary gt = (PromQl.Binary) and.left();
        assertEquals(">", gt.op());
        assertEquals("*", ((PromQl.Binary) gt.left()).op());
        assertEquals(604.8, RuleTranslatorProbe.threshold("devopssim_replication_lag_seconds > 7*24*60*60/1000"), 1e-9);
        PromQl.Aggregate agg = (PromQl.Aggregate) PromQlParser.parse("sum(rate(x{a=~\"b|c\"}[5m])) by (instance, job)");
        assertEquals(List.of("instance", "job"), agg.labels());
        PromQl.Selector s = (PromQl.Selector) ((PromQl.Call) agg.inner()).args().getFirst();
        assertEquals(300L, s.rangeSeconds());
        assertEquals(new PromQl.Matcher("a", "=~", "b|c"), s.matchers().getFirst());
        assertThrows(Refusal.class, () -> PromQlParser.parse("rate(x[5m]"));
        assertThrows(Refusal.class, () -> PromQlParser.parse("x > "));
        assertNull(RuleTranslatorProbe.threshold("x > 1"));
    }

    /** Translations of single expressions, for the arithmetic. */
    static final class RuleTranslatorProbe {
        static Double threshold(String expr) {
            try {
                return RuleTranslator.translate(expr).threshold();
            } catch (Refusal e) {
                return null;
            }
        }
    }

    @Test
    void arithmeticIsFoldedIntoTheThreshold() {
        assertEquals(90.0, RuleTranslatorProbe.threshold(
                "node_memory_MemAvailable_bytes / node_memory_MemTotal_bytes < .10"), 1e-9);
        assertEquals(90.0, RuleTranslatorProbe.threshold(
                "1 - node_memory_MemAvailable_bytes / node_memory_MemTotal_bytes > 0.9"), 1e-9);
        assertEquals(80.0, RuleTranslatorProbe.threshold(
                "100 * (1 - avg by (instance) (rate(node_cpu_seconds_total{mode=\"idle\"}[5m]))) > 80"), 1e-9);
        // increase over 1m of idle seconds: 60 x (1 - cpu/100) < 6 means cpu > 90
        assertEquals(90.0, RuleTranslatorProbe.threshold(
                "increase(node_cpu_seconds_total{mode=\"idle\"}[1m]) < 6"), 1e-9);
        assertEquals(250.0, RuleTranslatorProbe.threshold("devopssim_latency_p99_seconds * 1000 - 50 > 200"), 1e-9);
        assertNull(RuleTranslatorProbe.threshold("node_memory_MemTotal_bytes * 0.8 > 10"));
        assertNull(RuleTranslatorProbe.threshold("1 / devopssim_cpu_utilization_ratio > 2"));
    }
}
