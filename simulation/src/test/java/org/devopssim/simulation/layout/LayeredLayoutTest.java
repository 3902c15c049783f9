package org.devopssim.simulation.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.devopssim.simulation.Fixtures;
import org.devopssim.simulation.model.AppService;
import org.devopssim.simulation.model.Capacity;
import org.devopssim.simulation.model.Link;
import org.devopssim.simulation.model.LinkType;
import org.devopssim.simulation.model.MonitoringNode;
import org.devopssim.simulation.model.Node;
import org.devopssim.simulation.model.Position;
import org.devopssim.simulation.model.RedisNode;
import org.devopssim.simulation.model.Topology;
import org.junit.jupiter.api.Test;

class LayeredLayoutTest {

    private static double x(Topology t, String id) {
        return t.node(id).orElseThrow().position().x();
    }

    @Test
    void tiersGoLeftToRightAndCallChainsMoveRight() {
        Topology chain = Fixtures.chain(10, 2);
        Capacity cap = new Capacity(1, "local", 100, 10, 5);
        List<Node> nodes = new ArrayList<>(chain.nodes());
        nodes.add(new AppService("billing", "Billing", null, null, "x", List.of(), null, false, cap, null, List.of()));
        nodes.add(new RedisNode("cache", "Cache", null, null, RedisNode.Purpose.CACHE, 0.8, 256, cap));
        nodes.add(new MonitoringNode("prom", "Prometheus", null, null, MonitoringNode.Tool.PROMETHEUS, List.of(),
                MonitoringNode.AlertChannel.NONE, false, cap));
        List<Link> links = new ArrayList<>(chain.links());
        links.add(new Link("api", "billing", LinkType.HTTP));
        links.add(new Link("billing", "cache", LinkType.CACHE));
        links.add(new Link("prom", "api", LinkType.METRICS_SCRAPE));
        Topology t = LayeredLayout.arrange(chain.withNodesAndLinks(nodes, links));

        assertTrue(x(t, "users") < x(t, "lb"));
        assertTrue(x(t, "lb") < x(t, "api"));
        assertTrue(x(t, "api") < x(t, "billing"), "a service called by a service sits one column right");
        assertTrue(x(t, "billing") < x(t, "cache"));
        assertTrue(x(t, "cache") < x(t, "db"), "caches before databases");
        double lowest = t.nodes().stream().filter(n -> !(n instanceof MonitoringNode)).mapToDouble(n -> n.position().y()).max().orElseThrow();
        assertTrue(t.node("prom").orElseThrow().position().y() > lowest, "monitoring in a row below");
        Set<Position> distinct = new HashSet<>();
        t.nodes().forEach(n -> assertTrue(distinct.add(n.position()), "overlap at " + n.position()));
        assertEquals(t, LayeredLayout.arrange(t), "arranging again changes nothing");
    }

    @Test
    void containersGetNoPositionAndSiblingsStack() {
        Topology t = LayeredLayout.arrange(Fixtures.preset("development"));
        t.nodes().stream().filter(Node::isContainer).forEach(n -> assertNull(n.position(), n.id()));
        assertEquals(x(t, "app"), x(t, "app"));
        assertNotEquals(t.node("auth").orElseThrow().position(), t.node("app").orElseThrow().position());
    }
}
