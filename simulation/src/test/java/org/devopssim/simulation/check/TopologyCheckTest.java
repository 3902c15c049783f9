package org.devopssim.simulation.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.devopssim.simulation.Fixtures;
import org.devopssim.simulation.model.AppService;
import org.devopssim.simulation.model.Capacity;
import org.devopssim.simulation.model.Link;
import org.devopssim.simulation.model.LinkType;
import org.devopssim.simulation.model.Node;
import org.devopssim.simulation.model.PostgresNode;
import org.devopssim.simulation.model.Topology;
import org.junit.jupiter.api.Test;

class TopologyCheckTest {

    private static List<String> codes(List<Warning> ws, String nodeId) {
        return ws.stream().filter(w -> java.util.Objects.equals(w.nodeId(), nodeId)).map(Warning::code).toList();
    }

    @Test
    void theProductionPresetIsHighlyAvailableAndMonitored() {
        List<Warning> ws = TopologyCheck.check(Fixtures.preset("production"));
        assertEquals(List.of(), ws, "production has replicas, two balancer instances, monitoring and traffic");
    }

    @Test
    void theDevelopmentPresetRunsSingleInstances() {
        Topology dev = Fixtures.preset("development");
        List<Warning> ws = TopologyCheck.check(dev);
        assertTrue(ws.stream().noneMatch(w -> w.level() == Warning.Level.ERROR), ws.toString());
        assertTrue(codes(ws, "db").contains("single-point-of-failure"), ws.toString());
        Warning db = ws.stream().filter(w -> "db".equals(w.nodeId())).findFirst().orElseThrow();
        assertTrue(db.message().contains("(db)") && db.message().contains("replica"), db.message());
    }

    @Test
    void aReplicaWhosePrimaryLinkIsGoneIsFlagged() {
        Topology prod = Fixtures.preset("production");
        List<Link> links = prod.links().stream().filter(l -> l.type() != LinkType.REPLICATION).toList();
        List<Warning> ws = TopologyCheck.check(prod.withNodesAndLinks(prod.nodes(), links));
        assertEquals(List.of("replica-without-primary"), codes(ws, "db-replica"));
        assertEquals(List.of("single-point-of-failure"), codes(ws, "db-primary"));
    }

    @Test
    void aServiceWithoutADatabaseAndAnUnreachableOne() {
        Topology prod = Fixtures.preset("production");
        List<Node> nodes = new ArrayList<>(prod.nodes());
        nodes.add(new AppService("reports", "Reports", "prod-k8s", null, "Node.js", List.of(8081), null, false,
                new Capacity(2, "m5.large", 100, 20, 30), null, List.of()));
        List<Warning> ws = TopologyCheck.check(prod.withNodesAndLinks(nodes, prod.links()));
        assertEquals(List.of("service-without-database", "unreachable"), codes(ws, "reports"));
        assertTrue(ws.get(0).message().startsWith("'Reports' (reports) has no database"), ws.get(0).message());
    }

    @Test
    void aServiceThatCallsAServiceWithADatabaseHasOne() {
        Topology prod = Fixtures.preset("production");
        List<Node> nodes = new ArrayList<>(prod.nodes());
        nodes.add(new AppService("gateway", "Gateway", "prod-k8s", null, "Node.js", List.of(8081), null, false,
                new Capacity(2, "m5.large", 100, 20, 30), null, List.of()));
        List<Link> links = new ArrayList<>(prod.links());
        links.add(new Link("lb", "gateway", LinkType.HTTP));
        links.add(new Link("gateway", "api", LinkType.HTTP));
        List<Warning> ws = TopologyCheck.check(prod.withNodesAndLinks(nodes, links));
        assertEquals(List.of(), ws);
    }

    @Test
    void aBalancerWithNoTargetsAndNoMonitoringAndNoTraffic() {
        Topology prod = Fixtures.preset("production");
        List<Node> nodes = prod.nodes().stream().filter(n -> !n.kindName().equals("monitoring")
                && !n.kindName().equals("traffic-source")).toList();
        List<Link> links = prod.links().stream().filter(l -> !l.from().equals("lb") && !l.from().equals("users")
                && !l.from().equals("prometheus") && !l.from().equals("grafana")).toList();
        List<Warning> ws = TopologyCheck.check(prod.withNodesAndLinks(nodes, links));
        assertTrue(codes(ws, null).containsAll(List.of("no-traffic-source", "no-monitoring")), ws.toString());
        assertEquals(List.of("balancer-without-targets"), codes(ws, "lb"));
        assertFalse(ws.stream().anyMatch(w -> w.code().equals("unreachable")), "without a source, reachability says nothing");
    }

    @Test
    void validatorErrorsNameTheirNodeAndComeFirst() {
        Topology prod = Fixtures.preset("production");
        List<Node> nodes = prod.nodes().stream().map(n -> n instanceof PostgresNode p && p.id().equals("db-replica")
                ? new PostgresNode(p.id(), p.name(), p.parent(), p.position(), p.role(), p.version(),
                new Capacity(1, "r5.xlarge", 0, 4, 180), p.applyRate(), p.backup(), false, true, false) : n).toList();
        List<Link> links = new ArrayList<>(prod.links());
        links.add(new Link("api", "lb", LinkType.HTTP));
        List<Warning> ws = TopologyCheck.check(prod.withNodesAndLinks(nodes, links));
        assertEquals(Warning.Level.ERROR, ws.get(0).level());
        assertEquals("db-replica", ws.get(0).nodeId());
        assertTrue(ws.get(0).message().contains("perInstanceRps"), ws.get(0).message());
        assertTrue(ws.stream().anyMatch(w -> w.level() == Warning.Level.ERROR && w.message().contains("cycle")), ws.toString());
    }
}
