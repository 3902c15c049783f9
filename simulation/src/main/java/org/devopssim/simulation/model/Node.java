package org.devopssim.simulation.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A node of a topology: the closed family of things the simulator knows.
 * {@code parent} names the region or cluster that contains the node (null at top level).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = CloudRegion.class, name = "region"),
        @JsonSubTypes.Type(value = ContainerCluster.class, name = "cluster"),
        @JsonSubTypes.Type(value = LoadBalancer.class, name = "load-balancer"),
        @JsonSubTypes.Type(value = AppService.class, name = "app-service"),
        @JsonSubTypes.Type(value = PostgresNode.class, name = "postgres"),
        @JsonSubTypes.Type(value = RedisNode.class, name = "redis"),
        @JsonSubTypes.Type(value = KafkaNode.class, name = "kafka"),
        @JsonSubTypes.Type(value = AuthService.class, name = "auth-service"),
        @JsonSubTypes.Type(value = MonitoringNode.class, name = "monitoring"),
        @JsonSubTypes.Type(value = TrafficSource.class, name = "traffic-source")
})
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface Node
        permits CloudRegion, ContainerCluster, LoadBalancer, AppService, PostgresNode, RedisNode, KafkaNode,
        AuthService, MonitoringNode, TrafficSource {

    String id();

    String name();

    String parent();

    Position position();

    /** The kind's name as written in files ("app-service"). */
    @JsonIgnore
    default String kindName() {
        return NodeKind.of(this).wireName();
    }

    /** Serving nodes have capacity; containers and traffic sources do not. */
    default Capacity capacity() {
        return null;
    }

    @JsonIgnore
    default boolean isContainer() {
        return this instanceof CloudRegion || this instanceof ContainerCluster;
    }

    @JsonIgnore
    default String displayName() {
        return name() == null || name().isBlank() ? id() : name();
    }
}
