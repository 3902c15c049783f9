package org.devopssim.simulation.layout;

import org.devopssim.simulation.model.Node;

/** The column a node kind belongs in, left to right in the direction requests flow. */
public enum Tier {
    SOURCES, BALANCERS, SERVICES, CACHES_AND_QUEUES, DATABASES, MONITORING, CONTAINERS;

    public static Tier of(Node node) {
        return switch (node) {
            case org.devopssim.simulation.model.TrafficSource t -> SOURCES;
            case org.devopssim.simulation.model.LoadBalancer l -> BALANCERS;
            case org.devopssim.simulation.model.AppService a -> SERVICES;
            case org.devopssim.simulation.model.AuthService a -> SERVICES;
            case org.devopssim.simulation.model.RedisNode r -> CACHES_AND_QUEUES;
            case org.devopssim.simulation.model.KafkaNode k -> CACHES_AND_QUEUES;
            case org.devopssim.simulation.model.PostgresNode p -> DATABASES;
            case org.devopssim.simulation.model.MonitoringNode m -> MONITORING;
            case org.devopssim.simulation.model.CloudRegion r -> CONTAINERS;
            case org.devopssim.simulation.model.ContainerCluster c -> CONTAINERS;
        };
    }
}
