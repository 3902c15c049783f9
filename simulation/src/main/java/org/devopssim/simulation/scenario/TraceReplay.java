package org.devopssim.simulation.scenario;

import java.util.ArrayList;
import java.util.List;
import org.devopssim.simulation.model.MetricTrace;
import org.devopssim.simulation.model.Node;
import org.devopssim.simulation.model.Topology;
import org.devopssim.simulation.model.TrafficSource;

/** Puts a replayed trace in place of every traffic source's daily curve. */
public final class TraceReplay {

    private TraceReplay() {
    }

    /**
     * @param totalPeakRps the rate all sources together send at the trace's largest value, split in
     *                     proportion to their own peaks; null keeps each source's peak
     */
    public static Topology apply(Topology topology, MetricTrace trace, Double totalPeakRps) {
        double sum = topology.nodes().stream().filter(TrafficSource.class::isInstance)
                .mapToDouble(n -> ((TrafficSource) n).peakRps()).sum();
        if (sum <= 0) {
            throw new IllegalArgumentException("the topology has no traffic source to replay the trace through");
        }
        List<Node> nodes = new ArrayList<>();
        for (Node n : topology.nodes()) {
            if (n instanceof TrafficSource s) {
                double peak = totalPeakRps == null ? s.peakRps() : totalPeakRps * s.peakRps() / sum;
                nodes.add(s.withTrace(trace, peak));
            } else {
                nodes.add(n);
            }
        }
        return topology.withNodesAndLinks(nodes, topology.links());
    }
}
