package org.devopssim.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.devopssim.assets.Assets;
import org.devopssim.simulation.codec.TopologyCodec;
import org.devopssim.simulation.codec.TopologyFileException;
import org.devopssim.simulation.engine.Action;
import org.devopssim.simulation.engine.Fault;
import org.devopssim.simulation.engine.NodeStatus;
import org.devopssim.simulation.engine.Simulation;
import org.devopssim.simulation.engine.StatusHistory;
import org.devopssim.simulation.logs.LogLine;
import org.devopssim.simulation.metrics.Metric;
import org.devopssim.simulation.metrics.MetricsStore;
import org.devopssim.simulation.model.AppService;
import org.devopssim.simulation.model.KafkaNode;
import org.devopssim.simulation.model.LoadBalancer;
import org.devopssim.simulation.model.Node;
import org.devopssim.simulation.model.PostgresNode;
import org.devopssim.simulation.model.PriceTable;
import org.devopssim.simulation.model.RedisNode;
import org.devopssim.simulation.model.Topology;
import org.devopssim.simulation.scenario.SyntheticTopology;

/**
 * Digests of a run's observable output, to check that an engine change leaves it unchanged: every
 * log line, every node and system status, the recorded status history and the metrics history
 * (every channel's value each second as it is recorded, and at the end every second again, which
 * older seconds answer with their minute's mean), over 4,000 simulated
 * seconds of the three presets and a 1,000-node fleet (600 of a 10,000-node one, where the logs
 * are sampled), with a series of faults injected. Run:
 * {@code benchmarks/run-harness LogDigestHarness}; compare the printed digests before and after.
 */
public final class LogDigestHarness {

    private static final long SECONDS = 4_000;

    private LogDigestHarness() {
    }

    public static void main(String[] args) throws IOException, TopologyFileException, NoSuchAlgorithmException {
        TopologyCodec codec = new TopologyCodec();
        PriceTable prices;
        try (InputStream p = Assets.prices()) {
            prices = codec.readPrices(p, "prices.json");
        }
        for (String preset : List.of("development", "production", "experimental")) {
            Topology t;
            try (InputStream in = Assets.preset(preset)) {
                t = codec.read(in, preset);
            }
            run(preset, t, prices);
        }
        run("synthetic-1000", SyntheticTopology.generate(1_000, 5), PriceTable.free());
        // Large enough that the logs' render budget samples the lines.
        run("synthetic-10000", SyntheticTopology.generate(10_000, 5), PriceTable.free(), 600);
    }

    private static void run(String name, Topology topology, PriceTable prices) throws NoSuchAlgorithmException {
        run(name, topology, prices, SECONDS);
    }

    private static void run(String name, Topology topology, PriceTable prices, long seconds) throws NoSuchAlgorithmException {
        Simulation sim = new Simulation(topology, 42, prices);
        MessageDigest logs = MessageDigest.getInstance("SHA-256");
        MessageDigest status = MessageDigest.getInstance("SHA-256");
        MessageDigest history = MessageDigest.getInstance("SHA-256");
        MessageDigest metrics = MessageDigest.getInstance("SHA-256");
        int[] channels = channels(sim);
        java.nio.ByteBuffer values = java.nio.ByteBuffer.allocate(8 * channels.length);
        List<Action> faults = faults(topology);
        long seen = 0;
        long lines = 0;
        int failedFaults = 0;
        for (long s = 0; s < seconds; s++) {
            if (s % 250 == 100 && !faults.isEmpty()) {
                Action a = faults.get((int) (s / 250) % faults.size());
                try {
                    sim.apply(a);
                } catch (RuntimeException e) {
                    failedFaults++;
                }
            }
            sim.tick();
            var fresh = sim.logs().fresh(seen);
            seen = fresh.appended();
            for (LogLine line : fresh.lines()) {
                logs.update(line.toString().getBytes(StandardCharsets.UTF_8));
                lines++;
            }
            if (topology.nodes().size() < 200 || s % 7 == 0) {
                status.update(sim.system().toString().getBytes(StandardCharsets.UTF_8));
                for (NodeStatus ns : sim.statuses()) {
                    status.update(ns.toString().getBytes(StandardCharsets.UTF_8));
                }
            }
            digestSecond(sim.metrics(), channels, sim.second() - 1, values, metrics);
            StatusHistory.Moment m = sim.statusHistory().at(sim.second() - 1);
            if (m != null) {
                StringBuilder b = new StringBuilder();
                b.append(m.second()).append(java.util.Arrays.toString(m.health())).append(java.util.Arrays.toString(m.booting()))
                        .append(java.util.Arrays.toString(m.utilization())).append(java.util.Arrays.toString(m.linkRates()));
                history.update(b.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        for (long s = 0; s < seconds; s++) {
            digestSecond(sim.metrics(), channels, s, values, metrics);
        }
        System.out.printf("%-16s lines %7d  logs %s  status %s  history %s  metrics %s  (faults refused: %d of %d)%n", name,
                lines, hex(logs), hex(status), hex(history), hex(metrics), failedFaults, faults.size());
    }

    /** Every channel of the system and of each node, in the topology's order and the metrics' order. */
    private static int[] channels(Simulation sim) {
        List<String> owners = new java.util.ArrayList<>();
        owners.add(MetricsStore.SYSTEM);
        sim.topology().nodes().forEach(n -> owners.add(n.id()));
        return owners.stream().flatMapToInt(o -> java.util.Arrays.stream(Metric.values())
                .mapToInt(m -> sim.metrics().channel(o, m)).filter(c -> c >= 0)).toArray();
    }

    private static void digestSecond(MetricsStore store, int[] channels, long second, java.nio.ByteBuffer values,
            MessageDigest digest) {
        values.clear();
        for (int c : channels) {
            values.putDouble(store.valueAt(c, second));
        }
        digest.update(values.array());
    }

    private static String hex(MessageDigest d) {
        return HexFormat.of().formatHex(d.digest()).substring(0, 16);
    }

    private static List<Action> faults(Topology t) {
        String app = first(t, AppService.class);
        String pg = first(t, PostgresNode.class);
        String redis = first(t, RedisNode.class);
        String kafka = first(t, KafkaNode.class);
        String lb = first(t, LoadBalancer.class);
        List<Action> all = new java.util.ArrayList<>();
        if (app != null) {
            all.add(new Fault.InstanceCrash(app, 1));
            all.add(new Fault.MemoryLeak(app, 30, 300));
            all.add(new Fault.CpuHog(app, 97, 150));
            all.add(new Fault.BadRelease(app, 20, 3, 200));
            all.add(new Fault.NetworkLatency(app, 400, 150));
        }
        if (pg != null) {
            all.add(new Fault.DbPrimaryCrash(pg, 120));
            all.add(new Fault.DiskFill(pg, 20, 240));
            all.add(new Fault.SlowDependency(pg, 8, 200));
            all.add(new Fault.ReplicaLag(pg, 0.1, 200));
        }
        if (redis != null) {
            all.add(new Fault.RedisDown(redis, 120));
            all.add(new Fault.DiskFill(redis, 20, 240));
        }
        if (kafka != null) {
            all.add(new Fault.KafkaBrokerDown(kafka, 1, 120));
        }
        if (lb != null) {
            all.add(new Fault.TlsCertExpired(lb, 100));
        }
        return all;
    }

    private static String first(Topology t, Class<? extends Node> type) {
        for (Node n : t.nodes()) {
            if (type.isInstance(n)) {
                return n.id();
            }
        }
        return null;
    }
}
