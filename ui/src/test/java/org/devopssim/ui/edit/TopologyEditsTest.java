package org.devopssim.ui.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.devopssim.simulation.codec.TopologyValidator;
import org.devopssim.simulation.model.Link;
import org.devopssim.simulation.model.LinkType;
import org.devopssim.simulation.model.Mode;
import org.devopssim.simulation.model.Node;
import org.devopssim.simulation.model.NodeKind;
import org.devopssim.simulation.model.PostgresNode;
import org.devopssim.simulation.model.Position;
import org.devopssim.simulation.model.Topology;
import org.devopssim.ui.Presets;
import org.junit.jupiter.api.Test;

class TopologyEditsTest {

    private final Topology production = Presets.topology(Mode.PRODUCTION);

    private static Node node(Topology t, String id) {
        return t.node(id).orElseThrow();
    }

    @Test
    void everyKindFromThePaletteIsValidWhereverItIsDropped() {
        Topology t = production;
        for (NodeKind kind : NodeKind.values()) {
            Node n = NewNodes.create(kind, t, new Position(100, 100), kind == NodeKind.REGION ? null : "prod-k8s");
            t = TopologyEdits.add(n).change().apply(t);
        }
        assertEquals(List.of(), new TopologyValidator(t).problems());
        assertEquals(production.nodes().size() + NodeKind.values().length, t.nodes().size());
        assertTrue(t.node("prometheus-2").isPresent(), "a unique id next to production's prometheus");
        assertEquals(PostgresNode.Role.REPLICA, ((PostgresNode) node(t, "postgres")).role(),
                "production has a primary, so a new server waits to be its replica");
    }

    @Test
    void linkTypesFollowTheKinds() {
        Topology t = TopologyEdits.add(NewNodes.create(NodeKind.REDIS, production, new Position(0, 0), null))
                .change().apply(production);
        t = TopologyEdits.add(NewNodes.create(NodeKind.KAFKA, t, new Position(0, 0), null)).change().apply(t);
        assertEquals(LinkType.CACHE, LinkChoice.between(t, "api", "redis").type());
        assertEquals(LinkType.EVENT_STREAM, LinkChoice.between(t, "api", "kafka").type());
        assertEquals(LinkType.EVENT_STREAM, LinkChoice.between(t, "kafka", "api").type());
        assertEquals(LinkType.METRICS_SCRAPE, LinkChoice.between(t, "prometheus", "redis").type());
        assertEquals(LinkType.HTTP, LinkChoice.between(t, "users", "api").type());
        assertTrue(LinkChoice.between(t, "grafana", "prometheus").refusal().contains("already linked"));
        assertTrue(LinkChoice.between(t, "api", "db-primary").refusal().contains("already linked"));
        assertTrue(LinkChoice.between(t, "db-replica", "db-primary").refusal().contains("drag from the primary"));
        assertTrue(LinkChoice.between(t, "redis", "api").refusal().contains("http link cannot go from a redis"));
        assertTrue(LinkChoice.between(t, "users", "prod-k8s").refusal().contains("not linked"));
    }

    @Test
    void replicationToAPrimaryMakesItAReplica() {
        Topology t = TopologyEdits.add(NewNodes.create(NodeKind.POSTGRES, production, new Position(0, 0), null))
                .change().apply(production);
        // A second writer, as a user may have set by hand before linking it.
        PostgresNode second = (PostgresNode) node(t, "postgres");
        t = TopologyEdits.replace("primary", NodeRecords.withRole(second, PostgresNode.Role.PRIMARY, 0)).change().apply(t);

        Edit link = TopologyEdits.link(t, "db-primary", "postgres");
        Topology linked = link.change().apply(t);

        assertTrue(link.label().contains("replication"));
        assertEquals(PostgresNode.Role.REPLICA, ((PostgresNode) node(linked, "postgres")).role());
        assertTrue(linked.links().contains(new Link("db-primary", "postgres", LinkType.REPLICATION)));
    }

    @Test
    void aCycleOfRequestsIsRefusedWithTheValidatorsReason() {
        Topology t = TopologyEdits.add(NewNodes.create(NodeKind.APP_SERVICE, production, new Position(0, 0), null))
                .change().apply(production);
        t = TopologyEdits.link(t, "api", "service").change().apply(t);
        Topology withLink = t;
        EditRefusedException e = assertThrows(EditRefusedException.class,
                () -> TopologyEdits.link(withLink, "service", "api").change().apply(withLink));
        assertTrue(e.getMessage().contains("cycle"), e.getMessage());
    }

    @Test
    void deleteTakesTheLinksAndWhatAContainerHolds() {
        Topology t = TopologyEdits.delete(Set.of("api")).change().apply(production);
        assertTrue(t.node("api").isEmpty());
        assertTrue(t.links().stream().noneMatch(l -> l.from().equals("api") || l.to().equals("api")));
        assertEquals(List.of(), new TopologyValidator(t).problems());

        Topology empty = TopologyEdits.delete(Set.of("aws-us-east-1")).change().apply(production);
        assertEquals(List.of(), empty.nodes(), "the region held everything");
        assertEquals(List.of(), empty.links());
    }

    @Test
    void pasteGivesNewIdsAndKeepsTheLinksAmongTheCopiedNodes() {
        Fragment f = Fragment.of(production, List.of("db-primary", "db-replica"));
        Fragment.Pasted pasted = f.pasteInto(production, 30, 30);
        Topology t = pasted.topology();

        assertEquals(List.of("db-primary-2", "db-replica-2"), pasted.ids());
        assertTrue(t.links().contains(new Link("db-primary-2", "db-replica-2", LinkType.REPLICATION)));
        assertFalse(t.links().stream().anyMatch(l -> l.to().equals("db-primary-2") && l.from().equals("api")),
                "links to nodes outside the copy are not pasted");
        Position was = node(production, "db-primary").position();
        assertEquals(new Position(was.x() + 30, was.y() + 30), node(t, "db-primary-2").position());
        assertEquals("prod-k8s", node(t, "db-primary-2").parent(), "stays in the cluster that still exists");
        assertEquals(List.of(), new TopologyValidator(t).problems());
    }

    @Test
    void alignAndDistribute() {
        Topology t = TopologyEdits.align(List.of("api", "lb", "users"), TopologyEdits.Alignment.TOP).change().apply(production);
        double top = Math.min(Math.min(node(production, "api").position().y(), node(production, "lb").position().y()),
                node(production, "users").position().y());
        for (String id : List.of("api", "lb", "users")) {
            assertEquals(top, node(t, id).position().y());
        }
        Topology spread = TopologyEdits.distribute(List.of("users", "lb", "api"), true).change()
                .apply(TopologyEdits.replace("x", LayeredLayoutless.moveX(node(production, "lb"), 100)).change().apply(production));
        double a = node(spread, "users").position().x();
        double b = node(spread, "lb").position().x();
        double c = node(spread, "api").position().x();
        assertEquals(b - a, c - b, 1e-9);
    }

    @Test
    void aMoveOutOfAContainerKeepsTheEmptiedContainerWhereItWas() {
        Topology t = TopologyEdits.delete(Set.of("lb", "api", "db-primary", "db-replica", "prometheus", "grafana"))
                .change().apply(production);
        // users is alone in the region; the cluster is empty and has no position of its own.
        Topology moved = TopologyEdits.move(List.of(new TopologyEdits.Placement("users", new Position(900, 900), null)),
                Map.of("aws-us-east-1", new Position(60, 220), "prod-k8s", new Position(400, 220))).change().apply(t);
        assertEquals(null, node(moved, "users").parent());
        assertEquals(new Position(60, 220), node(moved, "aws-us-east-1").position());
        assertEquals(new Position(400, 220), node(moved, "prod-k8s").position(), "the empty cluster stays visible too");
        assertEquals(null, node(production, "prod-k8s").position());
    }

    @Test
    void autoLayoutStacksTheRegionsSoTheirBoxesDoNotOverlap() {
        Topology experimental = Presets.topology(Mode.EXPERIMENTAL);
        Topology t = TopologyEdits.autoLayout().change().apply(experimental);
        assertEquals(List.of(), new TopologyValidator(t).problems());
        // Each region's cards lie in a band of rows that no other region's cards enter.
        Map<String, double[]> bands = new java.util.HashMap<>();
        for (Node n : t.nodes()) {
            if (n.isContainer() || n.parent() == null) {
                continue;
            }
            String region = n.parent();
            while (node(t, region).parent() != null) {
                region = node(t, region).parent();
            }
            double y = n.position().y();
            bands.merge(region, new double[] {y, y}, (a, b) -> new double[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
        }
        assertTrue(bands.size() >= 2, bands.keySet().toString());
        List<double[]> sorted = bands.values().stream().sorted(java.util.Comparator.comparingDouble(b -> b[0])).toList();
        for (int i = 1; i < sorted.size(); i++) {
            assertTrue(sorted.get(i)[0] - sorted.get(i - 1)[1] >= TopologyEdits.REGION_GAP, "regions apart");
        }
    }

    /** Small helper for a node with another x, to make uneven spacing. */
    private static final class LayeredLayoutless {
        static Node moveX(Node n, double x) {
            return NodeRecords.withPosition(n, new Position(x, n.position().y()));
        }
    }
}
