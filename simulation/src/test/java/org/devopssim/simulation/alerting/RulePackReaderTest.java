package org.devopssim.simulation.alerting;

import org.devopssim.simulation.codec.BadFileException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.devopssim.simulation.events.Severity;
import org.devopssim.simulation.metrics.Metric;
import org.devopssim.simulation.model.Mode;
import org.devopssim.simulation.model.NodeKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RulePackReaderTest {

    @ParameterizedTest
    @EnumSource(Mode.class)
    void bundledPacksReadForEveryMode(Mode mode) {
        RulePack pack = Packs.bundled(mode);
        assertEquals(mode, pack.mode());
        assertFalse(pack.rules().isEmpty());
        assertFalse(pack.slos().isEmpty());
        assertTrue(pack.burnRateAlerts().stream().anyMatch(b -> b.longWindowSeconds() == 3600
                && b.shortWindowSeconds() == 300 && b.factor() == 14.4));
    }

    @Test
    void productionPackHasTheWorkbooksWindowsAndPrometheusShapes() {
        RulePack pack = Packs.bundled(Mode.PRODUCTION);
        AlertRule lag = pack.rules().stream().filter(r -> r.name().equals("PostgresqlReplicationLag")).findFirst()
                .orElseThrow();
        assertEquals(new AlertRule("PostgresqlReplicationLag", Metric.REPLICATION_LAG, new Target.Kind(NodeKind.POSTGRES),
                Comparison.ABOVE, 5, 30, Severity.WARNING, "{node} replication lag is {value} s (> {threshold} s)"), lag);
        assertEquals(4, pack.burnRateAlerts().size());
        assertEquals(new BurnRateAlert("ErrorBudgetBurn", 6 * 3600, 1800, 6, Severity.CRITICAL),
                pack.burnRateAlerts().get(1));
        ServiceLevelObjective latency = pack.slos().get(1);
        assertEquals(new Objective.Latency(300), latency.objective());
        assertEquals("latency < 300 ms 95% over 30d", latency.describe());
        assertEquals("sre-oncall@devopssim.example", pack.emailTo());
        assertEquals(3, Packs.bundled(Mode.EXPERIMENTAL).anomaly().metrics().size());
    }

    private static String packWith(String rule) {
        return """
                {"version": 1, "mode": "production", "emailTo": "a@b", "defaultChannels": ["email"],
                 "rules": [{"alert": "Ok", "metric": "cpu", "op": ">", "threshold": 1, "severity": "info"}, %s]}
                """.formatted(rule);
    }

    private static BadFileException bad(String json) {
        return assertThrows(BadFileException.class, () -> Packs.parse(json));
    }

    @Test
    void badInputNamesFilePathAndWhatWasExpected() {
        BadFileException metric = bad(packWith(
                "{\"alert\": \"X\", \"metric\": \"cpux\", \"op\": \">\", \"threshold\": 1, \"severity\": \"info\"}"));
        assertEquals("$.rules[1].metric", metric.path());
        assertTrue(metric.getMessage().startsWith("test.json: $.rules[1].metric: unknown metric 'cpux'; expected one of"),
                metric.getMessage());

        BadFileException duration = bad(packWith("{\"alert\": \"X\", \"metric\": \"cpu\", \"op\": \">\", "
                + "\"threshold\": 1, \"for\": \"ten minutes\", \"severity\": \"info\"}"));
        assertEquals("$.rules[1].for", duration.path());
        assertTrue(duration.getMessage().contains("expected a duration like 90s"));

        BadFileException op = bad(packWith(
                "{\"alert\": \"X\", \"metric\": \"cpu\", \"op\": \"=>\", \"threshold\": 1, \"severity\": \"info\"}"));
        assertEquals("$.rules[1].op", op.path());

        BadFileException severity = bad(packWith(
                "{\"alert\": \"X\", \"metric\": \"cpu\", \"op\": \">\", \"threshold\": 1, \"severity\": \"page\"}"));
        assertTrue(severity.getMessage().endsWith("expected info, warning or critical, got 'page'"));

        BadFileException target = bad(packWith("{\"alert\": \"X\", \"metric\": \"cpu\", \"target\": \"kind:vm\", "
                + "\"op\": \">\", \"threshold\": 1, \"severity\": \"info\"}"));
        assertEquals("$.rules[1].target", target.path());

        BadFileException missing = bad(packWith("{\"alert\": \"X\", \"metric\": \"cpu\", \"op\": \">\", \"severity\": \"info\"}"));
        assertEquals("$.rules[1].threshold", missing.path());
        assertTrue(missing.getMessage().contains("missing"));

        BadFileException unknown = bad(packWith("{\"alert\": \"X\", \"metrc\": \"cpu\"}"));
        assertTrue(unknown.path().startsWith("$.rules[1].metrc"), unknown.path());
        assertTrue(unknown.getMessage().contains("unknown field 'metrc'"));
    }

    @Test
    void badSlosAndVersionsAreNamed() {
        BadFileException slo = bad("""
                {"version": 1, "mode": "production", "slos": [{"name": "a", "service": "system",
                 "objective": "availability", "target": 100, "window": "30d"}]}""");
        assertEquals("$.slos[0]", slo.path());
        assertTrue(slo.getMessage().contains("between 0 and 100"));

        BadFileException latency = bad("""
                {"version": 1, "mode": "production", "slos": [{"name": "a", "service": "system",
                 "objective": "latency", "target": 95, "window": "30d"}]}""");
        assertEquals("$.slos[0].thresholdMs", latency.path());

        BadFileException windows = bad("""
                {"version": 1, "mode": "production", "burnRateAlerts": [{"alert": "a", "longWindow": "5m",
                 "shortWindow": "1h", "factor": 14.4, "severity": "critical"}]}""");
        assertEquals("$.burnRateAlerts[0]", windows.path());

        assertEquals("$.version", bad("{\"version\": 2, \"mode\": \"production\"}").path());
        assertEquals("$.mode", bad("{\"version\": 1, \"mode\": \"staging\"}").path());
        assertEquals("$.emailTo", bad("{\"version\": 1, \"mode\": \"production\", \"defaultChannels\": [\"email\"]}").path());
        assertTrue(bad("{\"version\": 1, ").path().startsWith("$"));
    }
}
