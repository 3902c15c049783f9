package org.devopssim.simulation.scenario;

import java.util.ArrayList;
import java.util.List;
import org.devopssim.simulation.model.AppService;
import org.devopssim.simulation.model.Autoscaling;
import org.devopssim.simulation.model.Capacity;
import org.devopssim.simulation.model.CloudRegion;
import org.devopssim.simulation.model.ContainerCluster;
import org.devopssim.simulation.model.Link;
import org.devopssim.simulation.model.LinkType;
import org.devopssim.simulation.model.LoadBalancer;
import org.devopssim.simulation.model.Mode;
import org.devopssim.simulation.model.Node;
import org.devopssim.simulation.model.Position;
import org.devopssim.simulation.model.PostgresNode;
import org.devopssim.simulation.model.Provider;
import org.devopssim.simulation.model.RedisNode;
import org.devopssim.simulation.model.Topology;
import org.devopssim.simulation.model.TrafficSource;
import org.devopssim.simulation.model.Workload;

/**
 * A generated fleet of about {@code size} nodes across regions of several providers, for scale
 * tests and benchmarks: per region users, a regional balancer and cells of service + cache +
 * primary + replica, all behind a global anycast balancer.
 */
public final class SyntheticTopology {

    private static final Provider[] PROVIDERS = {Provider.AWS, Provider.AZURE, Provider.GCP, Provider.DIGITALOCEAN, Provider.AWS};
    private static final int[] UTC_OFFSETS = {-5, 1, 8, -8, 10};
    private static final int NODES_PER_CELL = 4;

    private SyntheticTopology() {
    }

    /** About {@code size} nodes in {@code regions} regions, each cell serving about 150 req/s at peak. */
    public static Topology generate(int size, int regions) {
        List<Node> nodes = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        int fixedPerRegion = 4;
        int cellsPerRegion = Math.max(1, (size - 1 - regions * fixedPerRegion) / (regions * NODES_PER_CELL));
        nodes.add(new LoadBalancer("anycast", "Global anycast", null, new Position(0, 0),
                LoadBalancer.Scope.GLOBAL_ANYCAST, LoadBalancer.Policy.ROUND_ROBIN, 443, true,
                new Capacity(4, "default", 1e9, 1, 60)));
        for (int r = 0; r < regions; r++) {
            String region = "region-" + r;
            String cluster = "k8s-" + r;
            nodes.add(new CloudRegion(region, "Region " + r, null, null, PROVIDERS[r % PROVIDERS.length], "r" + r,
                    List.of(), UTC_OFFSETS[r % UTC_OFFSETS.length]));
            nodes.add(new ContainerCluster(cluster, "Kubernetes " + r, region, null,
                    ContainerCluster.Orchestrator.KUBERNETES, "1.30"));
            String users = "users-" + r;
            String lb = "lb-" + r;
            nodes.add(new TrafficSource(users, "Users " + r, region, new Position(r * 400, 100), 150.0 * cellsPerRegion));
            nodes.add(new LoadBalancer(lb, "LB " + r, cluster, new Position(r * 400, 200), LoadBalancer.Scope.REGIONAL_L7,
                    LoadBalancer.Policy.LEAST_CONNECTIONS, 443, true, new Capacity(2, "c5.large", 1e9, 1, 60)));
            links.add(new Link(users, "anycast", LinkType.HTTP));
            links.add(new Link("anycast", lb, LinkType.HTTP));
            for (int c = 0; c < cellsPerRegion; c++) {
                String id = r + "-" + c;
                double y = 300 + c * 10;
                nodes.add(new AppService("svc-" + id, "Service " + id, cluster, new Position(r * 400, y), "Node.js + Express",
                        List.of(8080), null, false, new Capacity(2, "m5.large", 120, 30, 45),
                        new Autoscaling(Autoscaling.Policy.REACTIVE, 1, 10, 0.6), List.of()));
                nodes.add(new RedisNode("cache-" + id, "Cache " + id, cluster, new Position(r * 400 + 100, y),
                        RedisNode.Purpose.CACHE, 0.8, 1024, new Capacity(1, "r5.large", 20_000, 1, 30)));
                nodes.add(new PostgresNode("db-" + id, "DB " + id, cluster, new Position(r * 400 + 200, y),
                        PostgresNode.Role.PRIMARY, "16", new Capacity(1, "r5.large", 1500, 4, 180), 0,
                        PostgresNode.Backup.DAILY, false, true, false));
                nodes.add(new PostgresNode("replica-" + id, "Replica " + id, cluster, new Position(r * 400 + 300, y),
                        PostgresNode.Role.REPLICA, "16", new Capacity(1, "r5.large", 1500, 4, 180), 1000,
                        PostgresNode.Backup.DAILY, false, true, false));
                links.add(new Link(lb, "svc-" + id, LinkType.HTTP));
                links.add(new Link("svc-" + id, "cache-" + id, LinkType.CACHE));
                links.add(new Link("svc-" + id, "db-" + id, LinkType.SQL));
                links.add(new Link("svc-" + id, "replica-" + id, LinkType.SQL_READ));
                links.add(new Link("db-" + id, "replica-" + id, LinkType.REPLICATION));
            }
        }
        return new Topology(Topology.SCHEMA_VERSION, "Synthetic " + nodes.size(), Mode.PRODUCTION,
                "Generated fleet for scale tests", Workload.defaults(), null, null, nodes, links);
    }
}
