package org.devopssim.simulation.imports.prometheus;

import java.util.EnumMap;
import java.util.Map;
import org.devopssim.simulation.metrics.Metric;

/**
 * The Prometheus names of the simulator's own metrics, in base units as Prometheus recommends
 * (seconds, bytes, ratios 0..1): what the {@code /metrics} endpoint exposes, and what rules written
 * against it import back.
 */
public final class SimulatorMetricNames {

    /**
     * @param name  the exposed name
     * @param scale exposed value = scale x the simulation's value (ms -> s is 0.001)
     * @param help  the HELP text
     */
    public record Exposed(Metric metric, String name, double scale, String help) {
    }

    private static final Map<Metric, Exposed> BY_METRIC = new EnumMap<>(Metric.class);

    static {
        put(Metric.REQUEST_RATE, "devopssim_request_rate_per_second", 1, "Requests arriving per second.");
        put(Metric.ERROR_RATE, "devopssim_error_ratio", 0.01, "Share of this second's requests that failed (0..1).");
        put(Metric.LATENCY_P50, "devopssim_latency_p50_seconds", 0.001, "Median latency.");
        put(Metric.LATENCY_P95, "devopssim_latency_p95_seconds", 0.001, "95th percentile latency.");
        put(Metric.LATENCY_P99, "devopssim_latency_p99_seconds", 0.001, "99th percentile latency.");
        put(Metric.CPU, "devopssim_cpu_utilization_ratio", 0.01, "CPU utilisation (0..1).");
        put(Metric.MEMORY, "devopssim_memory_utilization_ratio", 0.01, "Memory in use (0..1).");
        put(Metric.DISK, "devopssim_disk_utilization_ratio", 0.01, "Disk space in use (0..1).");
        put(Metric.NETWORK, "devopssim_network_bytes_per_second", 1e6, "Network traffic in and out.");
        put(Metric.QUEUE, "devopssim_queued_requests", 1, "Requests waiting in queues.");
        put(Metric.INSTANCES, "devopssim_instances_ready", 1, "Instances ready to serve.");
        put(Metric.REPLICATION_LAG, "devopssim_replication_lag_seconds", 1, "Replica apply lag behind its primary.");
        put(Metric.CACHE_HIT_RATIO, "devopssim_cache_hit_ratio", 0.01, "Share of reads served from cache (0..1).");
        put(Metric.CONSUMER_LAG, "devopssim_consumer_lag_messages", 1, "Messages not yet consumed.");
        put(Metric.CONNECTIONS, "devopssim_connections_open", 1, "Open client connections.");
        put(Metric.COST_PER_HOUR, "devopssim_cost_dollars_per_hour", 1, "Running cost.");
        put(Metric.BUILD_TIME, "devopssim_build_seconds", 1, "Duration of the last hot-reload build.");
        put(Metric.AVAILABILITY, "devopssim_availability_ratio", 0.01,
                "Share of all requests since the start that succeeded (0..1).");
    }

    private SimulatorMetricNames() {
    }

    private static void put(Metric m, String name, double scale, String help) {
        BY_METRIC.put(m, new Exposed(m, name, scale, help));
    }

    public static Exposed of(Metric m) {
        return BY_METRIC.get(m);
    }

    /** The metric exposed under a name, or null. */
    public static Exposed byName(String name) {
        return BY_METRIC.values().stream().filter(e -> e.name().equals(name)).findFirst().orElse(null);
    }
}
