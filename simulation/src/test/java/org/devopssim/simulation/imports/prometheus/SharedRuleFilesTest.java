package org.devopssim.simulation.imports.prometheus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.devopssim.simulation.alerting.AlertRule;
import org.devopssim.simulation.alerting.AlertRule.Aggregation;
import org.devopssim.simulation.alerting.AlertRule.Window;
import org.devopssim.simulation.alerting.Comparison;
import org.devopssim.simulation.alerting.Target;
import org.devopssim.simulation.events.Severity;
import org.devopssim.simulation.metrics.Metric;
import org.devopssim.simulation.model.NodeKind;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every real rule file under ../shared/data/prometheus-rules (awesome-prometheus-alerts, see its
 * SOURCE.md), imported and checked rule by rule. Skipped, with a message, where it is absent.
 */
class SharedRuleFilesTest {

    static Path rulesDir() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        Path data = (dir == null ? Path.of("../shared/data") : dir.resolve("../shared/data").normalize())
                .resolve("prometheus-rules");
        Assumptions.assumeTrue(Files.isDirectory(data),
                "shared rule files not found at " + data + " (expected ../shared/data beside the repository); skipped");
        return data;
    }

    private static void assertRule(RuleImport r, String name, Metric metric, Target target, Comparison op,
                                   double threshold, long forSeconds, Severity severity, Window window) {
        RuleImport.Entry e = r.entry(name);
        assertTrue(e.imported(), name + " refused: " + e.refusal());
        AlertRule a = e.rule();
        assertEquals(List.of(metric, target, op, forSeconds, severity),
                List.of(a.metric(), a.target(), a.comparison(), a.forSeconds(), a.severity()), name);
        assertEquals(threshold, a.threshold(), 1e-9, name);
        assertEquals(window, a.window(), name);
    }

    private static void assertRefused(RuleImport r, String name, String reason) {
        RuleImport.Entry e = r.entry(name);
        assertFalse(e.imported(), name + " should be refused");
        assertTrue(e.refusal().contains(reason), name + ": " + e.refusal());
    }

    @Test
    void selectedRulesImportInDetail() throws Exception {
        RuleImport r = PrometheusRuleImporter.importFiles(List.of(rulesDir().resolve("selected-rules.yml")));
        assertEquals(12, r.entries().size());
        assertEquals(List.of("NodeExporter", "PostgresExporter", "Oliver006RedisExporter", "KubestateExporter"),
                r.entries().stream().map(RuleImport.Entry::group).distinct().toList());

        assertRule(r, "HostHighCpuLoad", Metric.CPU, new Target.AllNodes(), Comparison.ABOVE, 80, 600,
                Severity.WARNING, new Window(Aggregation.AVG, 300));
        assertRule(r, "HostOutOfMemory", Metric.MEMORY, new Target.AllNodes(), Comparison.ABOVE, 90, 120,
                Severity.WARNING, null);
        assertRule(r, "HostOutOfDiskSpace", Metric.DISK, new Target.AllNodes(), Comparison.ABOVE, 90, 120,
                Severity.CRITICAL, null);
        assertTrue(r.entry("HostOutOfDiskSpace").notes().stream().anyMatch(n -> n.contains("fstype")));
        assertTrue(r.entry("HostOutOfDiskSpace").notes().stream()
                .anyMatch(n -> n.contains("'and node_filesystem_readonly == 0' always holds")), r.entry("HostOutOfDiskSpace").notes().toString());
        assertRule(r, "PostgresqlDown", Metric.INSTANCES, new Target.Kind(NodeKind.POSTGRES), Comparison.BELOW, 1, 60,
                Severity.CRITICAL, null);
        assertRule(r, "PostgresqlReplicationLag", Metric.REPLICATION_LAG, new Target.Kind(NodeKind.POSTGRES),
                Comparison.ABOVE, 5, 30, Severity.WARNING, null);
        assertRule(r, "RedisDown", Metric.INSTANCES, new Target.Kind(NodeKind.REDIS), Comparison.BELOW, 1, 60,
                Severity.CRITICAL, null);
        assertRule(r, "RedisOutOfConfiguredMaxmemory", Metric.MEMORY, new Target.Kind(NodeKind.REDIS), Comparison.ABOVE,
                90, 120, Severity.WARNING, null);
        assertEquals("Postgresql down (instance {node})", r.entry("PostgresqlDown").rule().summary());

        assertRefused(r, "HostDiskMayFillIn24Hours", "predict_linear() is outside the supported subset");
        assertRefused(r, "PostgresqlTooManyConnections", "compares two series (pg_stat_activity_count > pg_settings_max_connections)");
        assertRefused(r, "KubernetesPodCrashLooping", "no simulated figure for kube_pod_container_status_restarts_total");
        assertRefused(r, "KubernetesDeploymentReplicasMismatch", "compares two series");
        assertRefused(r, "KubernetesHpaScaleMaximum", "compares two series");
        assertEquals(7, r.rules().size());
    }

    @Test
    void everyUpstreamRuleIsImportedOrRefusedWithAReason() throws Exception {
        Map<String, int[]> expected = Map.of(   // rules in the file, of which imported
                "host-and-hardware_node-exporter.yml", new int[] {35, 4},
                "postgresql_postgres-exporter.yml", new int[] {20, 2},
                "redis_oliver006-redis-exporter.yml", new int[] {12, 3},
                "kubernetes_kubestate-exporter.yml", new int[] {37, 0});
        try (Stream<Path> files = Files.list(rulesDir().resolve("upstream"))) {
            List<Path> list = files.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
            assertEquals(expected.keySet(), Set.copyOf(list.stream().map(p -> p.getFileName().toString()).toList()));
            for (Path f : list) {
                RuleImport r = PrometheusRuleImporter.importFiles(List.of(f));
                int[] counts = expected.get(f.getFileName().toString());
                assertEquals(counts[0], r.entries().size(), f + "\n" + r.text());
                assertEquals(counts[1], r.rules().size(), f + "\n" + r.text());
                for (RuleImport.Entry e : r.refused()) {
                    assertFalse(e.refusal().isBlank(), e.name());
                    assertTrue(e.origin().line() > 0 && e.origin().file().endsWith(f.getFileName().toString()), e.toString());
                }
            }
        }
        RuleImport node = PrometheusRuleImporter.importFiles(List.of(rulesDir().resolve("upstream/host-and-hardware_node-exporter.yml")));
        // min without (cpu) of idle rate > 0.8 over 1h: each node's CPU averaged over an hour below 20 %
        assertRule(node, "HostCpuIsUnderutilized", Metric.CPU, new Target.AllNodes(), Comparison.BELOW, 20, 604800,
                Severity.INFO, new Window(Aggregation.AVG, 3600));
        assertRefused(node, "HostCpuStealNoisyNeighbor", "mapped for mode=\"idle\" only");
        RuleImport redis = PrometheusRuleImporter.importFiles(List.of(rulesDir().resolve("upstream/redis_oliver006-redis-exporter.yml")));
        assertRule(redis, "RedisOutOfSystemMemory", Metric.MEMORY, new Target.Kind(NodeKind.REDIS), Comparison.ABOVE,
                90, 120, Severity.WARNING, null);
    }

    private static final class Set {
        static <T> java.util.Set<T> copyOf(java.util.Collection<T> c) {
            return java.util.Set.copyOf(c);
        }
    }
}
