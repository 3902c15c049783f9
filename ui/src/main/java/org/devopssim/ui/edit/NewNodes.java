package org.devopssim.ui.edit;

import java.util.List;
import org.devopssim.simulation.model.AppService;
import org.devopssim.simulation.model.AuthService;
import org.devopssim.simulation.model.Capacity;
import org.devopssim.simulation.model.CloudRegion;
import org.devopssim.simulation.model.ContainerCluster;
import org.devopssim.simulation.model.KafkaNode;
import org.devopssim.simulation.model.LoadBalancer;
import org.devopssim.simulation.model.MonitoringNode;
import org.devopssim.simulation.model.Node;
import org.devopssim.simulation.model.NodeKind;
import org.devopssim.simulation.model.PostgresNode;
import org.devopssim.simulation.model.Position;
import org.devopssim.simulation.model.Provider;
import org.devopssim.simulation.model.RedisNode;
import org.devopssim.simulation.model.Topology;
import org.devopssim.simulation.model.TrafficSource;

/**
 * A new node of each kind as the palette drops it: a unique id and defaults that pass the
 * validator and run sensibly (figures in the range of the presets' production nodes).
 */
public final class NewNodes {

    private NewNodes() {
    }

    /** A new node of {@code kind} for {@code topology}, at {@code at} inside {@code parent} (null: top level). */
    public static Node create(NodeKind kind, Topology topology, Position at, String parent) {
        String id = uniqueId(topology, base(kind));
        return switch (kind) {
            case REGION -> new CloudRegion(id, "Region", parent, at, Provider.AWS, "us-east-1",
                    List.of("us-east-1a", "us-east-1b"), -5);
            case CLUSTER -> new ContainerCluster(id, "Kubernetes cluster", parent, at,
                    ContainerCluster.Orchestrator.KUBERNETES, "1.30");
            case LOAD_BALANCER -> new LoadBalancer(id, "Load balancer", parent, at, LoadBalancer.Scope.REGIONAL_L7,
                    LoadBalancer.Policy.ROUND_ROBIN, 443, true, new Capacity(2, "c5.large", 20000, 2, 60));
            case APP_SERVICE -> new AppService(id, "Service", parent, at, "Node.js + Express", List.of(8080), null,
                    false, new Capacity(2, "m5.large", 200, 40, 45), null, List.of());
            case POSTGRES -> {
                // The first server takes writes; later ones are replicas waiting for a replication link.
                boolean hasWriter = topology.nodes().stream()
                        .anyMatch(n -> n instanceof PostgresNode p && p.role().acceptsWrites());
                yield new PostgresNode(id, hasWriter ? "PostgreSQL replica" : "PostgreSQL", parent, at,
                        hasWriter ? PostgresNode.Role.REPLICA : PostgresNode.Role.PRIMARY, "16",
                        new Capacity(1, "r5.xlarge", 2000, 4, 180), hasWriter ? 1500 : 0,
                        PostgresNode.Backup.DAILY, false, true, false);
            }
            case REDIS -> new RedisNode(id, "Redis cache", parent, at, RedisNode.Purpose.CACHE, 0.8, 1024,
                    new Capacity(1, "r5.large", 40000, 1, 30));
            case KAFKA -> new KafkaNode(id, "Kafka", parent, at, 3, 12, 2000, new Capacity(3, "m5.large", 20000, 3, 120));
            case AUTH_SERVICE -> new AuthService(id, "Auth service", parent, at, "OAuth2 + JWT", List.of("Google"),
                    false, new Capacity(2, "m5.large", 800, 12, 40));
            case MONITORING -> new MonitoringNode(id, "Prometheus", parent, at, MonitoringNode.Tool.PROMETHEUS,
                    List.of("CPU", "Memory", "Disk", "Network"), MonitoringNode.AlertChannel.EMAIL, false,
                    new Capacity(1, "m5.large", 100000, 5, 60));
            case TRAFFIC_SOURCE -> new TrafficSource(id, "Users", parent, at, 500);
        };
    }

    private static String base(NodeKind kind) {
        return switch (kind) {
            case REGION -> "region";
            case CLUSTER -> "cluster";
            case LOAD_BALANCER -> "lb";
            case APP_SERVICE -> "service";
            case POSTGRES -> "postgres";
            case REDIS -> "redis";
            case KAFKA -> "kafka";
            case AUTH_SERVICE -> "auth";
            case MONITORING -> "prometheus";
            case TRAFFIC_SOURCE -> "users";
        };
    }

    /** {@code base}, else {@code base-2}, {@code base-3}, ...: the first id no node of the topology has. */
    public static String uniqueId(Topology topology, String base) {
        java.util.Set<String> taken = new java.util.HashSet<>();
        topology.nodes().forEach(n -> taken.add(n.id()));
        return uniqueId(taken, base);
    }

    static String uniqueId(java.util.Set<String> taken, String base) {
        if (!taken.contains(base)) {
            return base;
        }
        String stem = base.replaceFirst("-\\d+$", "");
        for (int i = 2; ; i++) {
            String candidate = stem + "-" + i;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }
}
