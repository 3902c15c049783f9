package org.devopssim.simulation.model;

/** The node kinds by name, for palettes, explanations and messages. */
public enum NodeKind {
    REGION("region", "Cloud region"),
    CLUSTER("cluster", "Container cluster"),
    LOAD_BALANCER("load-balancer", "Load balancer"),
    APP_SERVICE("app-service", "Application service"),
    POSTGRES("postgres", "PostgreSQL"),
    REDIS("redis", "Redis"),
    KAFKA("kafka", "Kafka"),
    AUTH_SERVICE("auth-service", "Auth service"),
    MONITORING("monitoring", "Monitoring"),
    TRAFFIC_SOURCE("traffic-source", "Traffic source");

    private final String wireName;
    private final String label;

    NodeKind(String wireName, String label) {
        this.wireName = wireName;
        this.label = label;
    }

    public String wireName() {
        return wireName;
    }

    public String label() {
        return label;
    }

    /** The kind of a node record class. */
    public static NodeKind of(Class<? extends Node> type) {
        for (NodeKind k : values()) {
            if (k.type() == type) {
                return k;
            }
        }
        throw new IllegalArgumentException("not a node kind: " + type);
    }

    private Class<? extends Node> type() {
        return switch (this) {
            case REGION -> CloudRegion.class;
            case CLUSTER -> ContainerCluster.class;
            case LOAD_BALANCER -> LoadBalancer.class;
            case APP_SERVICE -> AppService.class;
            case POSTGRES -> PostgresNode.class;
            case REDIS -> RedisNode.class;
            case KAFKA -> KafkaNode.class;
            case AUTH_SERVICE -> AuthService.class;
            case MONITORING -> MonitoringNode.class;
            case TRAFFIC_SOURCE -> TrafficSource.class;
        };
    }

    public static NodeKind of(Node node) {
        return switch (node) {
            case CloudRegion r -> REGION;
            case ContainerCluster c -> CLUSTER;
            case LoadBalancer l -> LOAD_BALANCER;
            case AppService a -> APP_SERVICE;
            case PostgresNode p -> POSTGRES;
            case RedisNode r -> REDIS;
            case KafkaNode k -> KAFKA;
            case AuthService a -> AUTH_SERVICE;
            case MonitoringNode m -> MONITORING;
            case TrafficSource t -> TRAFFIC_SOURCE;
        };
    }
}
