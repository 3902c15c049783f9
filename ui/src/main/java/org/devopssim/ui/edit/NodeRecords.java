package org.devopssim.ui.edit;

import org.devopssim.simulation.model.AppService;
import org.devopssim.simulation.model.AuthService;
import org.devopssim.simulation.model.Capacity;
import org.devopssim.simulation.model.CloudRegion;
import org.devopssim.simulation.model.ContainerCluster;
import org.devopssim.simulation.model.KafkaNode;
import org.devopssim.simulation.model.LoadBalancer;
import org.devopssim.simulation.model.MonitoringNode;
import org.devopssim.simulation.model.Node;
import org.devopssim.simulation.model.PostgresNode;
import org.devopssim.simulation.model.Position;
import org.devopssim.simulation.model.RedisNode;
import org.devopssim.simulation.model.TrafficSource;

/** Copies of node records with one of the fields every node has changed; every other field is kept. */
final class NodeRecords {

    private NodeRecords() {
    }

    static Node withPosition(Node n, Position p) {
        return with(n, n.id(), n.name(), n.parent(), p);
    }

    static Node withParent(Node n, String parent) {
        return with(n, n.id(), n.name(), parent, n.position());
    }

    static Node withName(Node n, String name) {
        return with(n, n.id(), name, n.parent(), n.position());
    }

    /** The node under a new id, in a new container, at a new place (as pasted). */
    static Node with(Node n, String id, String name, String parent, Position p) {
        return switch (n) {
            case CloudRegion r -> new CloudRegion(id, name, parent, p, r.provider(), r.location(), r.zones(), r.utcOffsetHours());
            case ContainerCluster c -> new ContainerCluster(id, name, parent, p, c.orchestrator(), c.version());
            case LoadBalancer l -> new LoadBalancer(id, name, parent, p, l.scope(), l.policy(), l.port(), l.tls(), l.capacity());
            case AppService a -> new AppService(id, name, parent, p, a.technology(), a.ports(), a.debugPort(),
                    a.hotReload(), a.capacity(), a.autoscaling(), a.features());
            case PostgresNode d -> new PostgresNode(id, name, parent, p, d.role(), d.version(), d.capacity(),
                    d.applyRate(), d.backup(), d.geoRedundantBackup(), d.encryptedConnections(), d.seedTestData());
            case RedisNode r -> new RedisNode(id, name, parent, p, r.purpose(), r.hitRatio(), r.maxMemoryMb(), r.capacity());
            case KafkaNode k -> new KafkaNode(id, name, parent, p, k.brokers(), k.partitions(), k.consumerRate(), k.capacity());
            case AuthService a -> new AuthService(id, name, parent, p, a.method(), a.providers(), a.beta(), a.capacity());
            case MonitoringNode m -> new MonitoringNode(id, name, parent, p, m.tool(), m.metrics(), m.alertChannel(),
                    m.optional(), m.capacity());
            case TrafficSource t -> new TrafficSource(id, name, parent, p, t.peakRps(), t.trace());
        };
    }

    /** The serving node with another capacity; nodes without capacity are returned unchanged. */
    static Node withCapacity(Node n, Capacity c) {
        return switch (n) {
            case LoadBalancer l -> new LoadBalancer(l.id(), l.name(), l.parent(), l.position(), l.scope(), l.policy(),
                    l.port(), l.tls(), c);
            case AppService a -> new AppService(a.id(), a.name(), a.parent(), a.position(), a.technology(), a.ports(),
                    a.debugPort(), a.hotReload(), c, a.autoscaling(), a.features());
            case PostgresNode d -> new PostgresNode(d.id(), d.name(), d.parent(), d.position(), d.role(), d.version(), c,
                    d.applyRate(), d.backup(), d.geoRedundantBackup(), d.encryptedConnections(), d.seedTestData());
            case RedisNode r -> new RedisNode(r.id(), r.name(), r.parent(), r.position(), r.purpose(), r.hitRatio(),
                    r.maxMemoryMb(), c);
            case KafkaNode k -> new KafkaNode(k.id(), k.name(), k.parent(), k.position(), k.brokers(), k.partitions(),
                    k.consumerRate(), c);
            case AuthService a -> new AuthService(a.id(), a.name(), a.parent(), a.position(), a.method(), a.providers(),
                    a.beta(), c);
            case MonitoringNode m -> new MonitoringNode(m.id(), m.name(), m.parent(), m.position(), m.tool(), m.metrics(),
                    m.alertChannel(), m.optional(), c);
            default -> n;
        };
    }

    static PostgresNode withRole(PostgresNode d, PostgresNode.Role role, double applyRate) {
        return new PostgresNode(d.id(), d.name(), d.parent(), d.position(), role, d.version(), d.capacity(),
                applyRate, d.backup(), d.geoRedundantBackup(), d.encryptedConnections(), d.seedTestData());
    }
}
