package org.devopssim.ui.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.devopssim.simulation.help.HelpTopics;
import org.devopssim.simulation.metrics.Metric;
import org.devopssim.simulation.model.AppService;
import org.devopssim.simulation.model.AuthService;
import org.devopssim.simulation.model.Autoscaling;
import org.devopssim.simulation.model.Capacity;
import org.devopssim.simulation.model.CloudRegion;
import org.devopssim.simulation.model.ContainerCluster;
import org.devopssim.simulation.model.KafkaNode;
import org.devopssim.simulation.model.LoadBalancer;
import org.devopssim.simulation.model.MonitoringNode;
import org.devopssim.simulation.model.Node;
import org.devopssim.simulation.model.NodeKind;
import org.devopssim.simulation.model.PostgresNode;
import org.devopssim.simulation.model.RedisNode;
import org.devopssim.simulation.model.Topology;
import org.devopssim.simulation.model.TrafficSource;
import org.devopssim.ui.format.Figures;

/** A node's configuration as label/value pairs, in the words of the architecture tables. */
final class NodeConfiguration {

    private NodeConfiguration() {
    }

    static Map<String, String> of(Node node, Topology topology) {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("Kind", NodeKind.of(node).label());
        rows.put("Id", node.id());
        if (node.parent() != null) {
            rows.put("Inside", topology.node(node.parent()).map(Node::displayName).orElse(node.parent()));
        }
        switch (node) {
            case CloudRegion r -> {
                rows.put("Provider", r.provider().label());
                put(rows, "Location", r.location());
                if (r.zones() != null && !r.zones().isEmpty()) {
                    rows.put("Zones", String.join(", ", r.zones()));
                }
                rows.put("UTC offset", String.format(Locale.ROOT, "%+.1f h", r.utcOffsetHours()));
            }
            case ContainerCluster c -> {
                rows.put("Orchestrator", c.orchestrator().label());
                put(rows, "Version", c.version());
            }
            case LoadBalancer l -> {
                rows.put("Scope", words(l.scope()));
                rows.put("Policy", words(l.policy()));
                if (l.port() != null) {
                    rows.put("Port", l.port().toString());
                }
                rows.put("TLS", yesNo(l.tls()));
            }
            case AppService a -> {
                put(rows, "Technology", a.technology());
                if (a.ports() != null && !a.ports().isEmpty()) {
                    rows.put("Ports", String.join(", ", a.ports().stream().map(String::valueOf).toList()));
                }
                if (a.debugPort() != null) {
                    rows.put("Debug port", a.debugPort().toString());
                }
                rows.put("Hot reload", yesNo(a.hotReload()));
                rows.put("Scaling", scaling(a.autoscaling()));
                if (a.features() != null && !a.features().isEmpty()) {
                    rows.put("Features", String.join(", ", a.features()));
                }
            }
            case PostgresNode p -> {
                rows.put("Role", words(p.role()));
                put(rows, "Version", p.version());
                if (p.role() == PostgresNode.Role.REPLICA || p.role() == PostgresNode.Role.MULTI_MASTER) {
                    rows.put("Apply rate", Figures.compact(p.applyRate()) + " writes/s");
                }
                rows.put("Backup", words(p.backup()) + (p.geoRedundantBackup() ? ", geo-redundant" : ""));
                rows.put("Encrypted connections", yesNo(p.encryptedConnections()));
                if (p.seedTestData()) {
                    rows.put("Test data", "seeded on start");
                }
            }
            case RedisNode r -> {
                rows.put("Purpose", words(r.purpose()));
                if (r.queryCache() == null) {
                    rows.put("Hit ratio", Figures.percent(100 * r.hitRatio()));
                } else {
                    rows.put("Query cache", (r.queryCache().admission() == org.devopssim.simulation.model.QueryCache.Admission.LEARNED
                            ? "LRU with learned admission (Experimental)" : "plain LRU") + ", hit ratio simulated per key");
                }
                rows.put("Max memory", r.maxMemoryMb() + " MB");
            }
            case KafkaNode k -> {
                rows.put("Brokers", String.valueOf(k.brokers()));
                rows.put("Partitions", String.valueOf(k.partitions()));
                rows.put("Consumer rate", Figures.compact(k.consumerRate()) + " msg/s");
            }
            case AuthService a -> {
                put(rows, "Method", a.method());
                if (a.providers() != null && !a.providers().isEmpty()) {
                    rows.put("Providers", String.join(", ", a.providers()));
                }
                rows.put("Status", a.beta() ? "beta" : "general availability");
            }
            case MonitoringNode m -> {
                rows.put("Tool", m.tool().label());
                if (m.metrics() != null && !m.metrics().isEmpty()) {
                    rows.put("Collects", String.join(", ", m.metrics()));
                }
                rows.put("Alerts", words(m.alertChannel()));
                if (m.optional()) {
                    rows.put("Optional", "yes");
                }
            }
            case TrafficSource t -> rows.put("Peak rate", Figures.rate(t.peakRps()));
        }
        Capacity c = node.capacity();
        if (c != null) {
            put(rows, "Instance size", c.instanceSize());
            rows.put("Per instance", Figures.compact(c.perInstanceRps()) + " req/s, " + Figures.millis(c.baseLatencyMs()));
            rows.put("Boot time", c.bootTimeSeconds() + " s");
        }
        return rows;
    }

    static List<InspectorRow> rows(Node node, Topology topology) {
        List<InspectorRow> list = new ArrayList<>();
        of(node, topology).forEach((k, v) -> list.add(new InspectorRow(k, v, topic(node, k))));
        return list;
    }

    /** The glossary entry that explains a configuration row, or null. */
    private static String topic(Node node, String label) {
        return switch (label) {
            case "Kind" -> HelpTopics.kind(NodeKind.of(node));
            case "Policy" -> node instanceof LoadBalancer l && l.policy() != null ? HelpTopics.balancer(l.policy()) : null;
            case "Scaling" -> node instanceof AppService a && a.autoscaling() != null
                    ? HelpTopics.policy(a.autoscaling().policy()) : HelpTopics.policy(Autoscaling.Policy.MANUAL);
            case "Backup" -> "concept:rpo";
            case "Hit ratio", "Query cache" -> HelpTopics.metric(Metric.CACHE_HIT_RATIO);
            case "Apply rate" -> "concept:replication-lag";
            default -> null;
        };
    }

    private static String scaling(Autoscaling a) {
        if (a == null || a.policy() == Autoscaling.Policy.MANUAL) {
            return "manual";
        }
        return "%s, %d-%d instances, target %.0f %%".formatted(words(a.policy()), a.minInstances(),
                a.maxInstances(), 100 * a.targetUtilization());
    }

    private static void put(Map<String, String> rows, String label, String value) {
        if (value != null && !value.isBlank()) {
            rows.put(label, value);
        }
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }

    /** MULTI_MASTER -> "multi master". */
    static String words(Enum<?> e) {
        return e == null ? "none" : e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
