package org.devopssim.simulation.imports;

import static org.devopssim.simulation.imports.ImportChecks.assertLoadsAndRuns;
import static org.devopssim.simulation.imports.ImportChecks.fixture;
import static org.devopssim.simulation.imports.ImportChecks.node;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.devopssim.simulation.model.AppService;
import org.devopssim.simulation.model.Link;
import org.devopssim.simulation.model.LinkType;
import org.devopssim.simulation.model.MonitoringNode;
import org.devopssim.simulation.model.RedisNode;
import org.devopssim.simulation.model.Topology;
import org.junit.jupiter.api.Test;

/** The user's changes to an import's mapping: another kind, a component left out; links follow. */
class ImportChoicesTest {

    @Test
    void theResultNamesEachComponentsKindInImportOrder() throws ImportException {
        ImportResult r = Importer.importPaths(List.of(fixture("compose/shop")));
        assertEquals(List.of("proxy", "api", "db", "cache", "events", "auth", "metrics", "worker"),
                List.copyOf(r.kinds().keySet()));
        assertEquals(ServiceKind.LOAD_BALANCER, r.kinds().get("proxy"));
        assertEquals(ServiceKind.REDIS, r.kinds().get("cache"));
    }

    @Test
    void aChangedKindAndALeftOutServiceShapeTheTopology() throws ImportException {
        ImportResult plain = Importer.importPaths(List.of(fixture("compose/shop")));
        assertTrue(plain.topology().links().stream().anyMatch(l -> l.to().equals("cache") && l.type() == LinkType.CACHE));

        ImportResult chosen = Importer.importPaths(List.of(fixture("compose/shop")),
                new ImportChoices(Map.of("worker", ServiceKind.REDIS), Set.of("metrics", "cache")));
        Topology t = chosen.topology();
        assertTrue(t.node("metrics").isEmpty(), "left out");
        assertTrue(t.node("cache").isEmpty(), "left out");
        assertFalse(t.links().stream().anyMatch(l -> l.from().equals("cache") || l.to().equals("cache")
                || l.from().equals("metrics") || l.to().equals("metrics")), "no link to what was left out");
        node(t, "worker", RedisNode.class);
        assertTrue(t.links().stream().anyMatch(l -> l.equals(new Link("api", "worker", LinkType.CACHE))),
                "the only cache left is the one the api is assumed to use: " + t.links());
        assertFalse(t.nodes().stream().anyMatch(n -> n instanceof MonitoringNode));
        node(t, "api", AppService.class);
        assertEquals(ServiceKind.REDIS, chosen.kinds().get("worker"));
        assertFalse(chosen.kinds().containsKey("cache"));
        assertTrue(chosen.report().notes().stream().anyMatch(n -> n.message().contains("'worker' simulated as redis by choice")));
        assertTrue(chosen.report().notes().stream().anyMatch(n -> n.message().contains("'cache' left out by choice")));
        assertLoadsAndRuns(t);
    }
}
