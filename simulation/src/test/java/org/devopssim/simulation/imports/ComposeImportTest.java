package org.devopssim.simulation.imports;

import static org.devopssim.simulation.imports.ImportChecks.assertLoadsAndRuns;
import static org.devopssim.simulation.imports.ImportChecks.fixture;
import static org.devopssim.simulation.imports.ImportChecks.links;
import static org.devopssim.simulation.imports.ImportChecks.node;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.devopssim.simulation.imports.compose.ComposeImporter;
import org.devopssim.simulation.model.AppService;
import org.devopssim.simulation.model.AuthService;
import org.devopssim.simulation.model.ContainerCluster;
import org.devopssim.simulation.model.KafkaNode;
import org.devopssim.simulation.model.LoadBalancer;
import org.devopssim.simulation.model.MonitoringNode;
import org.devopssim.simulation.model.PostgresNode;
import org.devopssim.simulation.model.Provider;
import org.devopssim.simulation.model.RedisNode;
import org.devopssim.simulation.model.Topology;
import org.devopssim.simulation.model.TrafficSource;
import org.devopssim.simulation.model.CloudRegion;
import org.junit.jupiter.api.Test;

/** The bundled Compose fixtures: every syntax form the importer claims to read. */
class ComposeImportTest {

    @Test
    void projectFolderMergesOverrideAndReadsEveryForm() throws ImportException {
        ImportResult r = Importer.importPaths(List.of(fixture("compose/shop")));
        Topology t = r.topology();
        assertEquals("shop", t.name());

        LoadBalancer proxy = node(t, "proxy", LoadBalancer.class);
        assertEquals(8080, proxy.port(), "${WEB_PORT} from .env is the published port");
        AppService api = node(t, "api", AppService.class);
        assertEquals(4, api.capacity().instances(), "the override file's replicas win over ${API_REPLICAS}=3");
        assertEquals(List.of(9000, 9001, 9002), api.ports(), "expose range");
        assertEquals(100, api.capacity().perInstanceRps(), "0.5 reserved CPU x 200 req/s per core");
        assertEquals("container-500m-512Mi", api.capacity().instanceSize());
        assertEquals(90, api.capacity().bootTimeSeconds(), "healthcheck start_period 1m30s");
        assertEquals("built from ./api target runtime", api.technology());
        assertEquals("16.2", node(t, "db", PostgresNode.class).version());
        node(t, "cache", RedisNode.class);
        node(t, "events", KafkaNode.class);
        node(t, "auth", AuthService.class);
        assertEquals(MonitoringNode.Tool.PROMETHEUS, node(t, "metrics", MonitoringNode.class).tool());
        AppService worker = node(t, "worker", AppService.class);
        assertEquals(2, worker.capacity().instances(), "legacy scale");
        assertEquals(50, worker.capacity().perInstanceRps(), "cpus 0.25");

        assertEquals(CloudRegion.class, node(t, "local").getClass());
        assertEquals(Provider.LOCAL, node(t, "local", CloudRegion.class).provider());
        assertEquals(ContainerCluster.Orchestrator.DOCKER_COMPOSE, node(t, "compose", ContainerCluster.class).orchestrator());
        assertEquals("compose", api.parent());

        Set<String> links = links(t);
        assertTrue(links.containsAll(Set.of(
                "proxy -> api : http",                 // depends_on map form
                "api -> db : sql",                     // depends_on list form
                "api -> cache : cache",                // REDIS_HOST=cache
                "api -> events : event-stream",        // KAFKA_BROKERS=events:9092
                "auth -> db : sql",                    // flow-style list
                "metrics -> api : metrics-scrape",     // Prometheus assumed to scrape everything
                "users -> proxy : http",               // published ports are entry points
                "users -> auth : http")), links.toString());
        assertFalse(links.contains("users -> metrics : http"), "a dashboard gets no user traffic when a service is published");
        assertFalse(links.contains("users -> cache : http"), "a published Redis is no HTTP entry point");
        assertTrue(node(t, "users", TrafficSource.class).peakRps() > 0);

        assertTrue(r.report().hasWarningContaining("NOT_DEFINED_ANYWHERE"), "unresolved variables are reported");
        assertTrue(r.report().hasWarningContaining("unknown key 'imgae'"));
        assertFalse(r.report().hasWarningContaining("TIMEOUT"), "${VAR:-default} resolves without warning");
        assertTrue(r.report().mappings().stream().anyMatch(m -> m.source().equals("service api") && m.detail().contains("exposed [9000, 9001, 9002]")));
        assertTrue(r.report().notes().stream().anyMatch(n -> n.message().contains("not simulated: restart")),
                "keys from the YAML anchor are merged in and reported");
        assertLoadsAndRuns(t);
    }

    @Test
    void extendsInSameFileAndOtherFile() throws ImportException {
        ImportResult r = Importer.importPaths(List.of(fixture("compose/extends/compose.yaml")));
        Topology t = r.topology();
        AppService web = node(t, "web", AppService.class);
        assertEquals("example/base-app:2", web.technology(), "image inherited through app from common.yaml");
        assertEquals(2, web.capacity().instances(), "replicas inherited from app");
        assertEquals(List.of(8080, 7000), web.ports());
        assertEquals("example/lost:1", node(t, "lost", AppService.class).technology());
        assertTrue(r.report().hasWarningContaining("missing/elsewhere.yaml, which is not available"));
        assertEquals(Set.of("users -> web : http"), links(t));
        assertLoadsAndRuns(t);
    }

    @Test
    void filesGivenInOrderOverrideEachOther() throws ImportException {
        ImportResult r = new ComposeImporter().importFiles(List.of(fixture("compose/shop/compose.override.yaml"),
                fixture("compose/shop/compose.yaml")));
        // Reversed: the base file now wins, so ${API_REPLICAS} from .env applies.
        assertEquals(3, node(r.topology(), "api").capacity().instances());
        assertLoadsAndRuns(r.topology());
    }

    @Test
    void mysqlBecomesPostgresWithAWarning(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path f = dir.resolve("compose.yml");
        java.nio.file.Files.writeString(f, """
                services:
                  db: {image: "mysql:8.0"}
                  app:
                    image: example/app
                    ports: ["3000"]
                    environment: ["DB_HOST=db"]
                  edge:
                    image: traefik:v3
                    ports: [{target: 80, published: 80}]
                    links: ["app:application"]
                """);
        ImportResult r = Importer.importPaths(List.of(f));
        assertEquals(PostgresNode.Role.SINGLE, node(r.topology(), "db", PostgresNode.class).role());
        assertTrue(r.report().hasWarningContaining("MySQL is simulated as a PostgreSQL server"));
        assertEquals(Set.of("app -> db : sql", "edge -> app : http", "users -> app : http", "users -> edge : http"), links(r.topology()));
        assertNull(node(r.topology(), "app", AppService.class).autoscaling());
        assertLoadsAndRuns(r.topology());
    }
}
