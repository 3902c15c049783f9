package org.devopssim.simulation.imports;

import static org.devopssim.simulation.imports.ImportChecks.assertLoadsAndRuns;
import static org.devopssim.simulation.imports.ImportChecks.fixture;
import static org.devopssim.simulation.imports.ImportChecks.links;
import static org.devopssim.simulation.imports.ImportChecks.node;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.devopssim.simulation.model.AppService;
import org.devopssim.simulation.model.Autoscaling;
import org.devopssim.simulation.model.ContainerCluster;
import org.devopssim.simulation.model.LoadBalancer;
import org.devopssim.simulation.model.PostgresNode;
import org.devopssim.simulation.model.RedisNode;
import org.devopssim.simulation.model.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled manifest fixtures: every object kind and API version the importer claims to read. */
class KubernetesImportTest {

    @Test
    void folderOfManifests() throws ImportException {
        ImportResult r = Importer.importPaths(List.of(fixture("k8s/shop")));
        Topology t = r.topology();
        assertEquals(ContainerCluster.Orchestrator.KUBERNETES, node(t, "kubernetes", ContainerCluster.class).orchestrator());

        AppService api = node(t, "api", AppService.class);
        assertEquals(new Autoscaling(Autoscaling.Policy.REACTIVE, 3, 12, 0.7), api.autoscaling(), "v2beta2, memory target");
        assertEquals(3, api.capacity().instances(), "2 replicas raised to the HPA minimum");
        assertEquals(100, api.capacity().perInstanceRps(), "250m request + 250m sidecar limit = 0.5 core");
        assertEquals("pod-500m-384Mi", api.capacity().instanceSize());
        assertEquals(25, api.capacity().bootTimeSeconds(), "readiness probe: 20 s delay + 5 s period");
        AppService frontend = node(t, "frontend", AppService.class);
        assertEquals(new Autoscaling(Autoscaling.Policy.REACTIVE, 1, 6, 0.5), frontend.autoscaling(), "autoscaling/v1");
        assertEquals(1, frontend.capacity().instances(), "no replicas field: 1");
        assertEquals(new Autoscaling(Autoscaling.Policy.REACTIVE, 2, 4, 0.65), node(t, "legacy", AppService.class).autoscaling(),
                "v2beta1 on a ReplicationController");
        assertNull(node(t, "node-agent", AppService.class).autoscaling());
        PostgresNode db = node(t, "db", PostgresNode.class);
        assertEquals(2000, db.capacity().perInstanceRps(), "limits only: 2 cores x 1000");
        assertEquals(512, node(t, "cache", RedisNode.class).maxMemoryMb());
        LoadBalancer ingress = node(t, "shop", LoadBalancer.class);
        assertTrue(ingress.tls());
        assertEquals(443, ingress.port());

        assertEquals(Set.of("users -> shop : http", "shop -> frontend : http", "frontend -> api : http",
                "api -> cache : cache", "api -> db : sql"), links(t));
        assertFalse(t.node("frontend-lb").isPresent(), "a NodePort behind an Ingress is no second entry point");

        var report = r.report();
        assertTrue(report.hasWarningContaining("Service 'cache' is defined again with different content"));
        assertTrue(report.notes().stream().anyMatch(n -> n.message().startsWith("ConfigMap 'settings' repeats")));
        assertTrue(report.hasWarningContaining("DaemonSet 'node-agent'"));
        assertTrue(report.hasWarningContaining("CronJob 'nightly'"));
        assertTrue(report.hasWarningContaining("Service 'not-here'"));
        assertTrue(report.hasWarningContaining("Deployment 'ghost', which is not among the imported objects"));
        assertTrue(report.hasWarningContaining("kind Certificate"));
        for (String noted : List.of("Secret 'shop-secret'", "PersistentVolumeClaim 'uploads'", "Namespace 'shop'")) {
            assertTrue(report.notes().stream().anyMatch(n -> n.message().startsWith(noted)), noted);
        }
        assertLoadsAndRuns(t);
    }

    @Test
    void namespacesQualifyIdsAndScopeServiceNames(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.yaml"), deployment("web", "blue", "example/web", "REDIS_HOST", "cache")
                + "---\n" + deployment("cache", "blue", "redis:7", "X", "y") + "---\n" + service("cache", "blue")
                + "---\n" + deployment("cache", "green", "redis:7", "X", "y") + "---\n" + service("cache", "green"));
        Topology t = Importer.importPaths(List.of(dir)).topology();
        assertEquals(Set.of("web.blue -> cache.blue : cache", "users -> web.blue : http"), links(t),
                "REDIS_HOST=cache resolves inside the caller's namespace; the unused green cache gets no users from blue");
        assertLoadsAndRuns(t);
    }

    static String deployment(String name, String ns, String image, String var, String value) {
        return """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: %s, namespace: %s}
                spec:
                  replicas: 2
                  selector: {matchLabels: {app: %s}}
                  template:
                    metadata: {labels: {app: %s}}
                    spec:
                      containers:
                        - name: c
                          image: %s
                          env: [{name: %s, value: "%s"}]
                """.formatted(name, ns, name, name, image, var, value);
    }

    static String service(String name, String ns) {
        return """
                apiVersion: v1
                kind: Service
                metadata: {name: %s, namespace: %s}
                spec:
                  selector: {app: %s}
                  ports: [{port: 6379}]
                """.formatted(name, ns, name);
    }
}
