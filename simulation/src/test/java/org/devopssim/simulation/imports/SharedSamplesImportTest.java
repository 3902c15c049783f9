package org.devopssim.simulation.imports;

import static org.devopssim.simulation.imports.ImportChecks.assertLoadsAndRuns;
import static org.devopssim.simulation.imports.ImportChecks.links;
import static org.devopssim.simulation.imports.ImportChecks.node;
import static org.devopssim.simulation.imports.ImportChecks.sharedData;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.devopssim.simulation.model.AppService;
import org.devopssim.simulation.model.Autoscaling;
import org.devopssim.simulation.model.LoadBalancer;
import org.devopssim.simulation.model.MonitoringNode;
import org.devopssim.simulation.model.PostgresNode;
import org.devopssim.simulation.model.RedisNode;
import org.devopssim.simulation.model.Topology;
import org.junit.jupiter.api.Test;

/**
 * Every real file under ../shared/data/compose and ../shared/data/k8s (see their SOURCE.md),
 * imported and checked in detail. Skipped, with a message, where that folder is absent.
 */
class SharedSamplesImportTest {

    private static ImportResult imported(Path... paths) throws ImportException {
        ImportResult r = Importer.importPaths(List.of(paths));
        assertLoadsAndRuns(r.topology());
        return r;
    }

    @Test
    void everyComposeFileImportsAndRuns() throws Exception {
        Path root = sharedData("compose");
        try (Stream<Path> dirs = Files.list(root)) {
            List<Path> projects = dirs.filter(Files::isDirectory).sorted().toList();
            assertTrue(projects.size() >= 6, projects.toString());
            for (Path p : projects) {
                ImportResult r = imported(p);
                long services = r.report().mappings().stream().filter(m -> m.source().startsWith("service ")).count();
                assertTrue(services >= 2, p + " has services");
            }
        }
    }

    @Test
    void everyManifestImportsAndRuns() throws Exception {
        Path root = sharedData("k8s");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                assertLoadsAndRuns(Importer.importPaths(List.of(f)).topology());
            }
        }
        Topology all = imported(root).topology();
        assertTrue(all.nodes().size() > 15);
    }

    @Test
    void flaskRedis() throws ImportException {
        ImportResult r = imported(sharedData("compose/flask-redis"));
        Topology t = r.topology();
        node(t, "redis", RedisNode.class);
        assertTrue(r.report().notes().stream().anyMatch(n -> n.message().startsWith("'redis' is published")));
        AppService web = node(t, "web", AppService.class);
        assertEquals(List.of(8000), web.ports());
        assertEquals("built from . target builder", web.technology());
        assertEquals(Set.of("users -> web : http", "web -> redis : cache"), links(t));
        assertTrue(r.report().warnings().isEmpty(), r.report().warnings().toString());
    }

    @Test
    void springPostgres() throws ImportException {
        ImportResult r = imported(sharedData("compose/spring-postgres"));
        Topology t = r.topology();
        assertEquals(List.of(8080), node(t, "backend", AppService.class).ports());
        assertEquals(PostgresNode.Role.SINGLE, node(t, "db", PostgresNode.class).role());
        assertEquals(Set.of("users -> backend : http", "backend -> db : sql"), links(t));
        assertTrue(r.report().hasWarningContaining("nothing in the files says who uses 'db'"), "the link is a guess and says so");
        assertTrue(r.report().notes().stream().anyMatch(n -> n.message().contains("db/password.txt not available")));
    }

    @Test
    void postgresqlPgadminReadsDotEnv() throws ImportException {
        ImportResult r = imported(sharedData("compose/postgresql-pgadmin"));
        Topology t = r.topology();
        node(t, "postgres", PostgresNode.class);
        assertEquals(List.of(80), node(t, "pgadmin", AppService.class).ports());
        assertTrue(links(t).contains("users -> pgadmin : http"));
        assertFalse(r.report().hasWarningContaining("is not set"), "every ${VAR} is in the .env: " + r.report().warnings());
    }

    @Test
    void wordpressMysql() throws ImportException {
        ImportResult r = imported(sharedData("compose/wordpress-mysql"));
        Topology t = r.topology();
        assertEquals(List.of(80), node(t, "wordpress", AppService.class).ports());
        node(t, "db", PostgresNode.class);
        assertEquals(Set.of("users -> wordpress : http", "wordpress -> db : sql"), links(t), "WORDPRESS_DB_HOST=db");
        assertTrue(r.report().hasWarningContaining("MariaDB is simulated as a PostgreSQL server"));
    }

    @Test
    void prometheusGrafana() throws ImportException {
        Topology t = imported(sharedData("compose/prometheus-grafana")).topology();
        assertEquals(MonitoringNode.Tool.PROMETHEUS, node(t, "prometheus", MonitoringNode.class).tool());
        assertEquals(MonitoringNode.Tool.GRAFANA, node(t, "grafana", MonitoringNode.class).tool());
        assertEquals(Set.of("grafana -> prometheus : metrics-scrape", "users -> prometheus : http", "users -> grafana : http"), links(t));
    }

    @Test
    void traefikGolang() throws ImportException {
        Topology t = imported(sharedData("compose/traefik-golang")).topology();
        assertEquals(80, node(t, "frontend", LoadBalancer.class).port());
        assertEquals(Set.of("users -> frontend : http", "frontend -> backend : http"), links(t));
        assertTrue(node(t, "frontend").position().x() < node(t, "backend").position().x(), "balancer left of service");
    }

    @Test
    void guestbookDeduplicatesAndWarnsOnDifferences() throws ImportException {
        ImportResult r = imported(sharedData("k8s/guestbook"));
        Topology t = r.topology();
        AppService frontend = node(t, "frontend", AppService.class);
        assertEquals(3, frontend.capacity().instances());
        assertEquals(20, frontend.capacity().perInstanceRps(), "100m CPU request x 200 req/s per core");
        assertEquals(List.of(80), frontend.ports());
        assertEquals(1, node(t, "redis-master", RedisNode.class).capacity().instances());
        assertEquals(2, node(t, "redis-replica-deployment", RedisNode.class).capacity().instances());
        assertEquals(80, node(t, "frontend-lb", LoadBalancer.class).port(), "NodePort Service, no Ingress");
        assertTrue(r.report().hasWarningContaining("Deployment 'redis-replica' is defined again with different content"));
        assertTrue(r.report().hasWarningContaining("probably alternative definitions"));
        long deployments = r.report().mappings().stream().filter(m -> m.source().startsWith("Deployment ")).count();
        assertEquals(3, deployments, "8 Deployment documents, 3 distinct objects");
    }

    @Test
    void guestbookAllInOneFile() throws ImportException {
        ImportResult r = imported(sharedData("k8s/guestbook/all-in-one/guestbook-all-in-one.yaml"));
        Topology t = r.topology();
        assertEquals(Set.of("users -> frontend-lb : http", "frontend-lb -> frontend : http",
                "frontend -> redis-master : cache", "frontend -> redis-replica : cache"), links(t));
        assertEquals(2, node(t, "redis-replica", RedisNode.class).capacity().instances());
    }

    @Test
    void guestbookLegacyReplicationControllers() throws ImportException {
        Topology t = imported(sharedData("k8s/guestbook/legacy")).topology();
        assertEquals(3, node(t, "frontend", AppService.class).capacity().instances());
        assertEquals(2, node(t, "redis-replica", RedisNode.class).capacity().instances());
        assertTrue(links(t).contains("users -> frontend : http"), "no Service: traffic to the service nothing calls");
    }

    @Test
    void cassandraStatefulSet() throws ImportException {
        ImportResult r = imported(sharedData("k8s/cassandra-statefulset"));
        PostgresNode c = node(r.topology(), "cassandra", PostgresNode.class);
        assertEquals(3, c.capacity().instances());
        assertEquals(500, c.capacity().perInstanceRps(), "500m CPU x 1000 per core");
        assertEquals("pod-500m-1024Mi", c.capacity().instanceSize());
        assertTrue(r.report().hasWarningContaining("Cassandra is simulated"));
        assertTrue(r.report().notes().stream().anyMatch(n -> n.message().startsWith("StorageClass 'fast'")));
        assertTrue(r.report().mappings().stream().anyMatch(m -> m.source().equals("Service cassandra") && m.detail().startsWith("headless")));
    }

    @Test
    void helloAppHpa() throws ImportException {
        ImportResult r = imported(sharedData("k8s/hello-app-hpa"));
        Topology t = r.topology();
        AppService hello = node(t, "helloweb", AppService.class);
        assertEquals(new Autoscaling(Autoscaling.Policy.REACTIVE, 1, 5, 0.3), hello.autoscaling());
        assertEquals(1, hello.capacity().instances(), "no replicas field");
        assertEquals(40, hello.capacity().perInstanceRps(), "200m CPU");
        assertEquals(List.of(8080), hello.ports());
        assertEquals(Set.of("users -> helloweb-ingress : http", "users -> helloweb-lb : http",
                "helloweb-ingress -> helloweb : http", "helloweb-lb -> helloweb : http"), links(t));
        assertTrue(r.report().hasWarningContaining("Service 'helloweb' is defined again with different content"));
    }

    @Test
    void phpApacheHpa() throws ImportException {
        ImportResult r = imported(sharedData("k8s/php-apache-hpa"));
        AppService php = node(r.topology(), "php-apache", AppService.class);
        assertEquals(new Autoscaling(Autoscaling.Policy.REACTIVE, 10, 20, 0.6), php.autoscaling());
        assertEquals(10, php.capacity().instances(), "1 replica raised to minReplicas");
        assertEquals(100, php.capacity().perInstanceRps(), "500m CPU");
        assertEquals(80, node(r.topology(), "php-apache-lb", LoadBalancer.class).port());
    }

    @Test
    void ingressFanout() throws ImportException {
        ImportResult r = imported(sharedData("k8s/ingress-fanout"));
        assertEquals(Set.of("users -> basic-ingress : http", "users -> fanout-ingress : http", "basic-ingress -> web : http",
                "fanout-ingress -> web : http", "fanout-ingress -> web2 : http"), links(r.topology()));
        assertTrue(r.report().mappings().stream().anyMatch(m -> m.detail().contains("/v2/* -> web2")));
        assertTrue(r.report().warnings().isEmpty(), r.report().warnings().toString());
    }
}
