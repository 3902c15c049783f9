package org.devopssim.simulation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.devopssim.assets.Assets;
import org.devopssim.simulation.codec.TopologyCodec;
import org.devopssim.simulation.codec.TopologyFileException;
import org.devopssim.simulation.engine.Simulation;
import java.util.List;
import org.devopssim.simulation.model.AppService;
import org.devopssim.simulation.model.Capacity;
import org.devopssim.simulation.model.Link;
import org.devopssim.simulation.model.LinkType;
import org.devopssim.simulation.model.LoadBalancer;
import org.devopssim.simulation.model.Mode;
import org.devopssim.simulation.model.Node;
import org.devopssim.simulation.model.PostgresNode;
import org.devopssim.simulation.model.PriceTable;
import org.devopssim.simulation.model.Resilience;
import org.devopssim.simulation.model.Topology;
import org.devopssim.simulation.model.TrafficSource;
import org.devopssim.simulation.model.Workload;

/** Loads the shipped presets and price table for tests. */
public final class Fixtures {

    private static final TopologyCodec CODEC = new TopologyCodec();

    private Fixtures() {
    }

    public static Topology preset(String name) {
        try (InputStream in = Assets.preset(name)) {
            return CODEC.read(in, name + ".json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TopologyFileException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    public static PriceTable prices() {
        try (InputStream in = Assets.prices()) {
            return CODEC.readPrices(in, "prices.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TopologyFileException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /**
     * users -> lb -> api (instances x 100 req/s, 20 ms) -> db, flat traffic at {@code rps}:
     * small enough to reason about by hand.
     */
    public static Topology chain(double rps, int instances) {
        return chain(rps, instances, null, 10_000);
    }

    /** The same chain with resilience patterns on the api -> db link and a database of the given capacity. */
    public static Topology chain(double rps, int instances, Resilience apiToDb, double dbCapacity) {
        var workload = new Workload("2026-03-02T00:00:00Z", 0, 1, 0, 0.8, 0, 0, 30);
        List<Node> nodes = List.of(
                new TrafficSource("users", "Users", null, null, rps),
                new LoadBalancer("lb", "LB", null, null, LoadBalancer.Scope.REGIONAL_L7,
                        LoadBalancer.Policy.ROUND_ROBIN, 443, true, new Capacity(1, "c5.large", 100_000, 1, 30)),
                new AppService("api", "API", null, null, "Node.js + Express", List.of(8080), null, false,
                        new Capacity(instances, "m5.large", 100, 20, 30), null, List.of()),
                new PostgresNode("db", "DB", null, null, PostgresNode.Role.SINGLE, "14",
                        new Capacity(1, "r5.large", dbCapacity, 2, 60), 0, PostgresNode.Backup.DAILY, false, true, false));
        List<Link> links = List.of(new Link("users", "lb", LinkType.HTTP), new Link("lb", "api", LinkType.HTTP),
                new Link("api", "db", LinkType.SQL, null, apiToDb));
        return new Topology(Topology.SCHEMA_VERSION, "chain", Mode.PRODUCTION, "test chain", workload, null, null, nodes, links);
    }

    public static Simulation simulation(String preset, long seed) {
        return new Simulation(preset(preset), seed, prices());
    }
}
