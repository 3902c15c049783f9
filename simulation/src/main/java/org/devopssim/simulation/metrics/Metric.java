package org.devopssim.simulation.metrics;

/** The metrics the engine records, per node and for the whole system. */
public enum Metric {
    REQUEST_RATE("Request rate", "req/s"),
    ERROR_RATE("Error rate", "%"),
    LATENCY_P50("Latency p50", "ms"),
    LATENCY_P95("Latency p95", "ms"),
    LATENCY_P99("Latency p99", "ms"),
    CPU("CPU", "%"),
    MEMORY("Memory", "%"),
    DISK("Disk", "%"),
    NETWORK("Network", "MB/s"),
    QUEUE("Queue", "requests"),
    INSTANCES("Instances", "ready"),
    REPLICATION_LAG("Replication lag", "s"),
    CACHE_HIT_RATIO("Cache hit ratio", "%"),
    CONSUMER_LAG("Consumer lag", "messages"),
    CONNECTIONS("Connections", "open"),
    COST_PER_HOUR("Cost", "$/h"),
    AVAILABILITY("Availability", "%"),
    BUILD_TIME("Build time", "s");

    private final String label;
    private final String unit;

    Metric(String label, String unit) {
        this.label = label;
        this.unit = unit;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }
}
