package org.devopssim.simulation.engine;

import org.devopssim.simulation.model.AppService;
import org.devopssim.simulation.model.AuthService;
import org.devopssim.simulation.model.CloudRegion;
import org.devopssim.simulation.model.KafkaNode;
import org.devopssim.simulation.model.LoadBalancer;
import org.devopssim.simulation.model.Node;
import org.devopssim.simulation.model.NodeKind;
import org.devopssim.simulation.model.PostgresNode;
import org.devopssim.simulation.model.RedisNode;
import org.devopssim.simulation.model.TrafficSource;

/** Which nodes each fault can hit; a wrong target is refused with what it needs. */
final class FaultTargets {

    private FaultTargets() {
    }

    static void check(Fault fault, Node target, Node other) {
        String need = switch (fault) {
            case Fault.InstanceCrash f -> target instanceof AppService || target instanceof AuthService ? null : "a service";
            case Fault.ZoneOutage f -> target instanceof CloudRegion ? null : "a region";
            case Fault.RegionOutage f -> target instanceof CloudRegion ? null : "a region";
            case Fault.NetworkLatency f -> target instanceof CloudRegion ? null : "a region";
            case Fault.NetworkPartition f -> target instanceof CloudRegion && other instanceof CloudRegion && target != other
                    ? null : "two different regions";
            // Whether it takes writes now (a promoted replica does) is the simulation's to check.
            case Fault.DbPrimaryCrash f -> target instanceof PostgresNode ? null
                    : "a PostgreSQL primary (or single or multi-master server)";
            case Fault.ReplicaLag f -> target instanceof PostgresNode ? null : "a PostgreSQL replica";
            case Fault.RedisDown f -> target instanceof RedisNode ? null : "a Redis node";
            case Fault.KafkaBrokerDown f -> target instanceof KafkaNode ? null : "a Kafka node";
            case Fault.DiskFill f -> target != null && target.capacity() != null ? null : "a serving node";
            case Fault.MemoryLeak f -> target instanceof AppService || target instanceof AuthService ? null : "a service";
            case Fault.CpuHog f -> target != null && target.capacity() != null ? null : "a serving node";
            case Fault.BadRelease f -> target instanceof AppService ? null : "an application service";
            case Fault.SlowDependency f -> target != null && target.capacity() != null ? null : "a serving node";
            case Fault.TlsCertExpired f -> target instanceof LoadBalancer lb && lb.tls() ? null : "a load balancer that terminates TLS";
            case Fault.TrafficSpike f -> target == null || target instanceof TrafficSource ? null : "a traffic source (or none for all)";
        };
        if (need != null) {
            String got = target == null ? "nothing" : "'" + target.id() + "', a " + NodeKind.of(target).wireName();
            throw new IllegalArgumentException(fault.actionName() + " needs " + need + " as its target, got " + got);
        }
    }
}
