package org.devopssim.simulation.imports.prometheus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.devopssim.simulation.metrics.Metric;
import org.devopssim.simulation.model.NodeKind;

/**
 * Which exporter metric (node_exporter, postgres_exporter, redis_exporter, kube-state-metrics, the
 * simulator's own endpoint) is which simulated figure, and how: value = scale x figure + offset.
 * A bare byte count has no simulated counterpart, but the ratio of two (available / total) does,
 * so ratios are listed as pairs.
 */
final class ExporterMetrics {

    /**
     * @param kind the node kind the metric comes from, null when every serving node has it
     * @param up   a 0/1 "is it up" series, read from the ready instances
     */
    record Mapping(Metric metric, double scale, double offset, NodeKind kind, boolean up) {
    }

    private static final Map<String, Mapping> GAUGES = new LinkedHashMap<>();
    private static final Map<String, Mapping> COUNTERS = new LinkedHashMap<>();
    private static final Map<String, Mapping> RATIOS = new LinkedHashMap<>();
    /** Settings and capacities: always positive and writable in the simulation, so guards on them hold. */
    private static final Set<String> ALWAYS_POSITIVE = Set.of("node_memory_MemTotal_bytes", "node_filesystem_size_bytes",
            "redis_memory_max_bytes", "redis_total_system_memory_bytes");
    private static final Map<String, Double> CONSTANTS = Map.of("node_filesystem_readonly", 0.0);

    /** Labels that pick one of several disks, CPUs, databases...: the simulation has one of each per node. */
    static final Set<String> DIMENSIONS = Set.of("fstype", "mountpoint", "device", "cpu", "datname", "datid",
            "namespace", "container", "server", "endpoint");

    static {
        Mapping memory = new Mapping(Metric.MEMORY, -0.01, 1, null, false);
        Mapping disk = new Mapping(Metric.DISK, -0.01, 1, null, false);
        RATIOS.put("node_memory_MemAvailable_bytes/node_memory_MemTotal_bytes", memory);
        RATIOS.put("node_memory_MemFree_bytes/node_memory_MemTotal_bytes", memory);
        RATIOS.put("node_filesystem_avail_bytes/node_filesystem_size_bytes", disk);
        RATIOS.put("node_filesystem_free_bytes/node_filesystem_size_bytes", disk);
        RATIOS.put("redis_memory_used_bytes/redis_memory_max_bytes", new Mapping(Metric.MEMORY, 0.01, 0, NodeKind.REDIS, false));
        RATIOS.put("redis_memory_used_bytes/redis_total_system_memory_bytes",
                new Mapping(Metric.MEMORY, 0.01, 0, NodeKind.REDIS, false));

        // rate() of node_cpu_seconds_total{mode="idle"} is the idle share of each CPU.
        COUNTERS.put("node_cpu_seconds_total", new Mapping(Metric.CPU, -0.01, 1, null, false));
        COUNTERS.put("node_network_receive_bytes_total", new Mapping(Metric.NETWORK, 1e6, 0, null, false));
        COUNTERS.put("node_network_transmit_bytes_total", new Mapping(Metric.NETWORK, 1e6, 0, null, false));

        GAUGES.put("up", new Mapping(Metric.INSTANCES, 1, 0, null, true));
        GAUGES.put("pg_up", new Mapping(Metric.INSTANCES, 1, 0, NodeKind.POSTGRES, true));
        GAUGES.put("pg_replication_lag_seconds", new Mapping(Metric.REPLICATION_LAG, 1, 0, NodeKind.POSTGRES, false));
        GAUGES.put("pg_replication_lag", new Mapping(Metric.REPLICATION_LAG, 1, 0, NodeKind.POSTGRES, false));
        GAUGES.put("pg_stat_activity_count", new Mapping(Metric.CONNECTIONS, 1, 0, NodeKind.POSTGRES, false));
        GAUGES.put("redis_up", new Mapping(Metric.INSTANCES, 1, 0, NodeKind.REDIS, true));
        GAUGES.put("kube_deployment_status_replicas_available", new Mapping(Metric.INSTANCES, 1, 0, NodeKind.APP_SERVICE, false));
        GAUGES.put("kube_deployment_status_replicas_ready", new Mapping(Metric.INSTANCES, 1, 0, NodeKind.APP_SERVICE, false));
        GAUGES.put("kube_statefulset_status_replicas_ready", new Mapping(Metric.INSTANCES, 1, 0, null, false));
        GAUGES.put("kube_horizontalpodautoscaler_status_current_replicas",
                new Mapping(Metric.INSTANCES, 1, 0, NodeKind.APP_SERVICE, false));
        GAUGES.put("kafka_consumergroup_lag", new Mapping(Metric.CONSUMER_LAG, 1, 0, NodeKind.KAFKA, false));
        for (Metric m : Metric.values()) {
            SimulatorMetricNames.Exposed e = SimulatorMetricNames.of(m);
            NodeKind kind = switch (m) {
                case REPLICATION_LAG, CONNECTIONS -> NodeKind.POSTGRES;
                case CACHE_HIT_RATIO -> NodeKind.REDIS;
                case CONSUMER_LAG -> NodeKind.KAFKA;
                default -> null;
            };
            GAUGES.put(e.name(), new Mapping(m, e.scale(), 0, kind, false));
        }
    }

    private ExporterMetrics() {
    }

    static Mapping gauge(String name) {
        return GAUGES.get(name);
    }

    static Mapping counter(String name) {
        return COUNTERS.get(name);
    }

    static Mapping ratio(String numerator, String denominator) {
        return RATIOS.get(numerator + "/" + denominator);
    }

    /** True when a name only makes sense as one side of a listed ratio. */
    static boolean isRatioPart(String name) {
        return RATIOS.keySet().stream().anyMatch(k -> List.of(k.split("/")).contains(name));
    }

    /** The supported ratios, for messages. */
    static List<String> ratios() {
        return List.copyOf(RATIOS.keySet());
    }

    /**
     * Whether {@code name op value} holds for every simulated node: capacities are positive and
     * file systems writable there, so guards like {@code and redis_memory_max_bytes > 0} do.
     */
    static boolean alwaysHolds(String name, String op, double value) {
        if (CONSTANTS.containsKey(name)) {
            double c = CONSTANTS.get(name);
            return switch (op) {
                case "==" -> c == value;
                case "!=" -> c != value;
                case ">" -> c > value;
                case ">=" -> c >= value;
                case "<" -> c < value;
                case "<=" -> c <= value;
                default -> false;
            };
        }
        return ALWAYS_POSITIVE.contains(name) && value <= 0 && (op.equals(">") || op.equals(">=") && value < 0
                || op.equals("!=") && value == 0);
    }
}
