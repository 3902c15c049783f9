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
