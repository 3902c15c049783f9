package org.devopssim.ui.model;

import java.util.function.Function;
import java.util.function.Predicate;
import org.devopssim.simulation.engine.NodeStatus;
import org.devopssim.simulation.help.HelpTopics;
import org.devopssim.simulation.metrics.Metric;
import org.devopssim.simulation.model.KafkaNode;
import org.devopssim.simulation.model.Node;
import org.devopssim.simulation.model.PostgresNode;
import org.devopssim.simulation.model.RedisNode;
import org.devopssim.simulation.model.TrafficSource;
import org.devopssim.ui.format.Figures;

/** A live figure of a node for the inspector, and which kinds of node it applies to. */
enum LiveFigure {
    HEALTH("Health", n -> true, s -> s.health().name().toLowerCase()),
    INSTANCES("Instances", LiveFigure::serving,
            s -> s.instancesReady() + " ready" + (s.instancesBooting() > 0 ? ", " + s.instancesBooting() + " booting" : "")),
    REQUEST_RATE("Request rate", n -> true, s -> Figures.rate(s.requestRate())),
    ERROR_RATE("Error rate", LiveFigure::serving, s -> Figures.percent(s.errorRate())),
    LATENCY_P50("Latency p50", LiveFigure::serving, s -> Figures.millis(s.latencyP50Ms())),
    LATENCY_P95("Latency p95", LiveFigure::serving, s -> Figures.millis(s.latencyP95Ms())),
    LATENCY_P99("Latency p99", LiveFigure::serving, s -> Figures.millis(s.latencyP99Ms())),
    END_TO_END("End-to-end p95", LiveFigure::serving, s -> Figures.millis(s.endToEndP95Ms())),
    UTILIZATION("Utilisation", LiveFigure::serving, s -> Figures.percent(100 * s.utilization())),
    CPU("CPU", LiveFigure::serving, s -> Figures.percent(s.cpu())),
    MEMORY("Memory", LiveFigure::serving, s -> Figures.percent(s.memory())),
    DISK("Disk", LiveFigure::serving, s -> Figures.percent(s.disk())),
    NETWORK("Network", LiveFigure::serving, s -> Figures.decimal(s.networkMBps(), 2) + " MB/s"),
    QUEUE("Queue", LiveFigure::serving, s -> Figures.compact(s.queue()) + " requests"),
    CONNECTIONS("Connections", LiveFigure::serving, s -> Figures.compact(s.connections())),
    REPLICATION_LAG("Replication lag", n -> n instanceof PostgresNode p && p.role() != PostgresNode.Role.PRIMARY
            && p.role() != PostgresNode.Role.SINGLE, s -> Figures.decimal(s.replicationLagSeconds(), 1) + " s"),
    CACHE_HIT("Cache hit ratio", n -> n instanceof RedisNode, s -> Figures.percent(s.cacheHitRatio())),
    CONSUMER_LAG("Consumer lag", n -> n instanceof KafkaNode, s -> Figures.compact(s.consumerLag()) + " messages"),
    COST("Cost", LiveFigure::serving, s -> Figures.dollars(s.costPerHour()) + " / h");

    private final String label;
    private final Predicate<Node> appliesTo;
    private final Function<NodeStatus, String> format;

    LiveFigure(String label, Predicate<Node> appliesTo, Function<NodeStatus, String> format) {
        this.label = label;
        this.appliesTo = appliesTo;
        this.format = format;
    }

    String label() {
        return label;
    }

    /** The glossary entry that explains the figure. */
    String helpTopic() {
        return switch (this) {
            case HEALTH -> "concept:health";
            case INSTANCES -> HelpTopics.metric(Metric.INSTANCES);
            case REQUEST_RATE -> HelpTopics.metric(Metric.REQUEST_RATE);
            case ERROR_RATE -> HelpTopics.metric(Metric.ERROR_RATE);
            case LATENCY_P50 -> HelpTopics.metric(Metric.LATENCY_P50);
            case LATENCY_P95 -> HelpTopics.metric(Metric.LATENCY_P95);
            case LATENCY_P99 -> HelpTopics.metric(Metric.LATENCY_P99);
            case END_TO_END -> "concept:end-to-end-latency";
            case UTILIZATION -> "concept:utilisation";
            case CPU -> HelpTopics.metric(Metric.CPU);
            case MEMORY -> HelpTopics.metric(Metric.MEMORY);
            case DISK -> HelpTopics.metric(Metric.DISK);
            case NETWORK -> HelpTopics.metric(Metric.NETWORK);
            case QUEUE -> HelpTopics.metric(Metric.QUEUE);
            case CONNECTIONS -> HelpTopics.metric(Metric.CONNECTIONS);
            case REPLICATION_LAG -> HelpTopics.metric(Metric.REPLICATION_LAG);
            case CACHE_HIT -> HelpTopics.metric(Metric.CACHE_HIT_RATIO);
            case CONSUMER_LAG -> HelpTopics.metric(Metric.CONSUMER_LAG);
            case COST -> HelpTopics.metric(Metric.COST_PER_HOUR);
        };
    }

    boolean appliesTo(Node node) {
        return !node.isContainer() && appliesTo.test(node);
    }

    String format(NodeStatus status) {
        return format.apply(status);
    }

    private static boolean serving(Node node) {
        return node.capacity() != null && !(node instanceof TrafficSource);
    }
}
