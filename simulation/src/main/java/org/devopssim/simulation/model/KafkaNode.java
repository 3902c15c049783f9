package org.devopssim.simulation.model;

/**
 * A Kafka cluster: producers write events in, consumers drain them at {@code consumerRate}
 * messages per second; what they cannot drain is consumer lag.
 */
public record KafkaNode(String id, String name, String parent, Position position,
                        int brokers, int partitions, double consumerRate, Capacity capacity) implements Node {
}
