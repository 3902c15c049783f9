package org.devopssim.simulation.imports;

import java.util.List;
import org.devopssim.simulation.model.Autoscaling;

/**
 * One imported service before it becomes a node: what both importers find out about a Compose
 * service or a Kubernetes workload, balancer or ingress.
 *
 * @param ports          container ports it listens on
 * @param listenPort     for balancers: the port users connect to; null otherwise
 * @param resources      per instance, null when the file does not say
 * @param autoscaling    null for a fixed instance count
 * @param bootTimeSeconds null for the kind's default
 */
public record Component(String id, String name, ServiceKind kind, String technology, int instances,
                        List<Integer> ports, Integer listenPort, Resources resources, Autoscaling autoscaling,
                        Integer bootTimeSeconds, Origin origin) {

    public Component {
        ports = ports == null ? List.of() : List.copyOf(ports);
    }

    public Component withAutoscaling(Autoscaling a, int newInstances) {
        return new Component(id, name, kind, technology, newInstances, ports, listenPort, resources, a, bootTimeSeconds, origin);
    }
}
