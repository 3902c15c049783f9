package org.devopssim.app.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.devopssim.simulation.alerting.AlertView;
import org.devopssim.simulation.engine.Health;
import org.devopssim.simulation.engine.NodeStatus;
import org.devopssim.simulation.engine.Snapshot;
import org.devopssim.simulation.engine.SystemStatus;
import org.devopssim.simulation.imports.prometheus.SimulatorMetricNames;
import org.devopssim.simulation.metrics.Metric;
import org.devopssim.simulation.model.CloudRegion;
import org.devopssim.simulation.model.KafkaNode;
import org.devopssim.simulation.model.Node;
import org.devopssim.simulation.model.PostgresNode;
import org.devopssim.simulation.model.RedisNode;
import org.devopssim.simulation.model.Topology;
import org.devopssim.simulation.model.TrafficSource;

/**
 * Renders a scrape in the Prometheus text exposition format (version 0.0.4): per metric family a
 * HELP and a TYPE line, then one sample per node with labels node, kind, region, provider and
 * mode; the whole system is the series with {@code node="system"}.
 */
public final class Exposition {

    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private static final List<Metric> SYSTEM_METRICS = List.of(Metric.REQUEST_RATE, Metric.ERROR_RATE,
            Metric.LATENCY_P50, Metric.LATENCY_P95, Metric.LATENCY_P99, Metric.CPU, Metric.INSTANCES,
            Metric.COST_PER_HOUR, Metric.AVAILABILITY, Metric.QUEUE);
    private static final List<Metric> SERVING_METRICS = List.of(Metric.REQUEST_RATE, Metric.ERROR_RATE,
            Metric.LATENCY_P50, Metric.LATENCY_P95, Metric.LATENCY_P99, Metric.CPU, Metric.MEMORY, Metric.DISK,
            Metric.NETWORK, Metric.QUEUE, Metric.INSTANCES, Metric.COST_PER_HOUR);

    private Exposition() {
    }

    /** One family: its samples as label text to value, in topology order. */
    private record Family(String name, String type, String help, Map<String, Double> samples) {
    }

    public static String render(Scrape scrape) {
        Snapshot snap = scrape.snapshot();
        Topology topology = snap.topology();
        String mode = topology.mode() == null ? "" : topology.mode().name().toLowerCase(Locale.ROOT);
        Map<String, Family> families = new LinkedHashMap<>();
        for (Metric m : Metric.values()) {
            SimulatorMetricNames.Exposed e = SimulatorMetricNames.of(m);
            families.put(e.name(), new Family(e.name(), "gauge", e.help(), new LinkedHashMap<>()));
        }
        Family up = new Family("devopssim_node_up", "gauge", "1 while the node serves (not down), else 0.",
                new LinkedHashMap<>());
        String systemLabels = labels("system", "system", "", "", mode);
        for (Metric m : SYSTEM_METRICS) {
            add(families, m, systemLabels, snap.system().value(m));
        }
        for (Node node : topology.nodes()) {
            NodeStatus s = status(snap, node.id());
            if (s == null) {
                continue;
            }
            CloudRegion region = region(topology, node);
            String l = labels(node.id(), node.kindName(), region == null ? "" : region.id(),
                    region == null || region.provider() == null ? "" : region.provider().name().toLowerCase(Locale.ROOT),
                    mode);
            for (Metric m : recorded(node)) {
                add(families, m, l, s.value(m));
            }
            if (node.capacity() != null) {
                up.samples().put(l, s.health() == Health.DOWN ? 0.0 : 1.0);
            }
        }
        List<Family> all = new ArrayList<>(families.values());
        all.add(up);
        all.add(single("devopssim_simulated_seconds_total", "counter", "Simulated seconds since the run started.",
                systemLabels, snap.second()));
        all.add(single("devopssim_cost_dollars_total", "counter", "Dollars spent since the run started.",
                systemLabels, snap.system().cost()));
        AlertView alerts = scrape.alerts();
        if (alerts != null) {
            all.add(single("devopssim_alerts_firing", "gauge", "Alerts firing now.", systemLabels, alerts.firing().size()));
            all.add(single("devopssim_alerts_pending", "gauge", "Alerts pending now.", systemLabels, alerts.pending().size()));
            all.add(single("devopssim_alerts_fired_total", "counter", "Alerts that started firing since the run started.",
                    systemLabels, alerts.firedTotal()));
            all.add(single("devopssim_alerts_resolved_total", "counter", "Alerts resolved since the run started.",
                    systemLabels, alerts.resolvedTotal()));
        }
        StringBuilder sb = new StringBuilder();
        for (Family f : all) {
            if (f.samples().isEmpty()) {
                continue;
            }
            sb.append("# HELP ").append(f.name()).append(' ').append(escapeHelp(f.help())).append('\n');
            sb.append("# TYPE ").append(f.name()).append(' ').append(f.type()).append('\n');
            f.samples().forEach((labels, v) -> sb.append(f.name()).append('{').append(labels).append("} ")
                    .append(number(v)).append('\n'));
        }
        return sb.toString();
    }

    private static Family single(String name, String type, String help, String labels, double value) {
        Map<String, Double> samples = new LinkedHashMap<>();
        samples.put(labels, value);
        return new Family(name, type, help, samples);
    }

    private static void add(Map<String, Family> families, Metric m, String labels, double value) {
        SimulatorMetricNames.Exposed e = SimulatorMetricNames.of(m);
        families.get(e.name()).samples().put(labels, value * e.scale());
    }

    /** The figures the engine records for a node (Simulation's channel layout). */
    static List<Metric> recorded(Node node) {
        if (node instanceof TrafficSource) {
            return List.of(Metric.REQUEST_RATE);
        }
        if (node.capacity() == null) {
            return List.of();
        }
        List<Metric> list = new ArrayList<>(SERVING_METRICS);
        switch (node) {
            case PostgresNode p -> list.addAll(List.of(Metric.REPLICATION_LAG, Metric.CONNECTIONS));
            case RedisNode r -> list.add(Metric.CACHE_HIT_RATIO);
            case KafkaNode k -> list.add(Metric.CONSUMER_LAG);
            default -> {
            }
        }
        return list;
    }

    private static NodeStatus status(Snapshot snap, String id) {
        for (NodeStatus s : snap.nodes()) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        return null;
    }

    private static CloudRegion region(Topology topology, Node node) {
        Node at = node;
        for (int depth = 0; at != null && depth < 32; depth++) {
            if (at instanceof CloudRegion r) {
                return r;
            }
            at = at.parent() == null ? null : topology.node(at.parent()).orElse(null);
        }
        return null;
    }

    private static String labels(String node, String kind, String region, String provider, String mode) {
        return "node=\"" + escape(node) + "\",kind=\"" + escape(kind) + "\",region=\"" + escape(region)
                + "\",provider=\"" + escape(provider) + "\",mode=\"" + escape(mode) + "\"";
    }

    static String escape(String labelValue) {
        return labelValue.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private static String escapeHelp(String help) {
        return help.replace("\\", "\\\\").replace("\n", "\\n");
    }

    /** Go's float syntax, which Prometheus parses: NaN, +Inf, -Inf, plain and exponent forms. */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "+Inf" : "-Inf";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
