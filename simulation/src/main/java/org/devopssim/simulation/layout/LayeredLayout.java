package org.devopssim.simulation.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.devopssim.simulation.model.AppService;
import org.devopssim.simulation.model.AuthService;
import org.devopssim.simulation.model.CloudRegion;
import org.devopssim.simulation.model.ContainerCluster;
import org.devopssim.simulation.model.KafkaNode;
import org.devopssim.simulation.model.Link;
import org.devopssim.simulation.model.LoadBalancer;
import org.devopssim.simulation.model.MonitoringNode;
import org.devopssim.simulation.model.Node;
import org.devopssim.simulation.model.PostgresNode;
import org.devopssim.simulation.model.Position;
import org.devopssim.simulation.model.RedisNode;
import org.devopssim.simulation.model.Topology;
import org.devopssim.simulation.model.TrafficSource;

/**
 * A left-to-right layered layout: sources, balancers, services, caches and queues, databases,
 * each in its own column; a service called by another service moves one column further right
 * (so call chains read left to right), and monitoring sits in a row below the rest. Within a
 * column, nodes are ordered by the mean row of what calls them, which keeps most links from
 * crossing. Regions and clusters get no position: they take their size from their children.
 */
public final class LayeredLayout {

    public static final double LEFT = 60;
    public static final double TOP = 80;
    public static final double COLUMN_WIDTH = 220;
    public static final double ROW_HEIGHT = 130;

    private LayeredLayout() {
    }

    /** The same topology with a position for every node except regions and clusters. */
    public static Topology arrange(Topology topology) {
        Map<String, Node> byId = new HashMap<>();
        topology.nodes().forEach(n -> byId.put(n.id(), n));
        Map<String, Integer> column = columns(topology, byId);
        Map<Integer, List<Node>> byColumn = new HashMap<>();
        List<Node> monitoring = new ArrayList<>();
        for (Node n : topology.nodes()) {
            Tier tier = Tier.of(n);
            if (tier == Tier.MONITORING) {
                monitoring.add(n);
            } else if (tier != Tier.CONTAINERS) {
                byColumn.computeIfAbsent(column.get(n.id()), k -> new ArrayList<>()).add(n);
            }
        }
        Map<String, Position> positions = new HashMap<>();
        Map<String, Double> row = new HashMap<>();
        int maxRows = 0;
        for (int c : byColumn.keySet().stream().sorted().toList()) {
            List<Node> nodes = byColumn.get(c);
            // Stable: ties keep file order, so the same input always gives the same picture.
            nodes.sort(Comparator.comparingDouble(n -> meanCallerRow(n, topology.links(), row)));
            for (int r = 0; r < nodes.size(); r++) {
                row.put(nodes.get(r).id(), (double) r);
                positions.put(nodes.get(r).id(), new Position(LEFT + c * COLUMN_WIDTH, TOP + r * ROW_HEIGHT));
            }
            maxRows = Math.max(maxRows, nodes.size());
        }
        double monitoringTop = TOP + Math.max(1, maxRows) * ROW_HEIGHT + ROW_HEIGHT / 2;
        for (int i = 0; i < monitoring.size(); i++) {
            positions.put(monitoring.get(i).id(), new Position(LEFT + (i + 1) * COLUMN_WIDTH, monitoringTop));
        }
        List<Node> placed = topology.nodes().stream()
                .map(n -> positions.containsKey(n.id()) ? withPosition(n, positions.get(n.id())) : n).toList();
        return topology.withNodesAndLinks(placed, topology.links());
    }

    /** Tier order first, then one column further for each service-to-service hop. */
    private static Map<String, Integer> columns(Topology topology, Map<String, Node> byId) {
        Map<String, Integer> column = new HashMap<>();
        for (Node n : topology.nodes()) {
            column.put(n.id(), Tier.of(n).ordinal());
        }
        // Longest path over request links, bounded by the node count (request links are acyclic).
        for (int pass = 0; pass < topology.nodes().size(); pass++) {
            boolean changed = false;
            for (Link l : topology.links()) {
                if (!l.type().carriesRequests() || !byId.containsKey(l.from()) || !byId.containsKey(l.to())) {
                    continue;
                }
                int need = column.get(l.from()) + 1;
                if (Tier.of(byId.get(l.to())) == Tier.of(byId.get(l.from())) && column.get(l.to()) < need) {
                    column.put(l.to(), need);
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
        // Later tiers start after the furthest column an earlier tier reached.
        int shift = 0;
        for (Tier t : Tier.values()) {
            int tierMax = -1;
            for (Node n : topology.nodes()) {
                if (Tier.of(n) == t) {
                    column.put(n.id(), column.get(n.id()) + shift);
                    tierMax = Math.max(tierMax, column.get(n.id()));
                }
            }
            if (tierMax >= 0) {
                shift = Math.max(shift, tierMax - t.ordinal());
            }
        }
        // Close the gaps left by empty tiers.
        List<Integer> used = column.values().stream().distinct().sorted().toList();
        Map<Integer, Integer> compact = new HashMap<>();
        for (int i = 0; i < used.size(); i++) {
            compact.put(used.get(i), i);
        }
        column.replaceAll((id, c) -> compact.get(c));
        return column;
    }

    private static double meanCallerRow(Node n, List<Link> links, Map<String, Double> row) {
        double sum = 0;
        int count = 0;
        for (Link l : links) {
            if (l.to().equals(n.id()) && row.containsKey(l.from())) {
                sum += row.get(l.from());
                count++;
            }
        }
        return count == 0 ? Double.MAX_VALUE / 2 : sum / count;
    }

    /** The node with a new position; every other field unchanged. */
    public static Node withPosition(Node n, Position p) {
        return switch (n) {
            case CloudRegion r -> new CloudRegion(r.id(), r.name(), r.parent(), p, r.provider(), r.location(), r.zones(), r.utcOffsetHours());
            case ContainerCluster c -> new ContainerCluster(c.id(), c.name(), c.parent(), p, c.orchestrator(), c.version());
            case LoadBalancer l -> new LoadBalancer(l.id(), l.name(), l.parent(), p, l.scope(), l.policy(), l.port(), l.tls(), l.capacity());
            case AppService a -> new AppService(a.id(), a.name(), a.parent(), p, a.technology(), a.ports(), a.debugPort(),
                    a.hotReload(), a.capacity(), a.autoscaling(), a.features());
            case PostgresNode d -> new PostgresNode(d.id(), d.name(), d.parent(), p, d.role(), d.version(), d.capacity(),
                    d.applyRate(), d.backup(), d.geoRedundantBackup(), d.encryptedConnections(), d.seedTestData());
            case RedisNode r -> new RedisNode(r.id(), r.name(), r.parent(), p, r.purpose(), r.hitRatio(), r.maxMemoryMb(), r.capacity(),
                    r.queryCache());
            case KafkaNode k -> new KafkaNode(k.id(), k.name(), k.parent(), p, k.brokers(), k.partitions(), k.consumerRate(), k.capacity());
            case AuthService a -> new AuthService(a.id(), a.name(), a.parent(), p, a.method(), a.providers(), a.beta(), a.capacity());
            case MonitoringNode m -> new MonitoringNode(m.id(), m.name(), m.parent(), p, m.tool(), m.metrics(), m.alertChannel(),
                    m.optional(), m.capacity());
            case TrafficSource t -> new TrafficSource(t.id(), t.name(), t.parent(), p, t.peakRps(), t.trace());
        };
    }
}
