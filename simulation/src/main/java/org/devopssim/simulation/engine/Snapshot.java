package org.devopssim.simulation.engine;

import java.util.List;
import org.devopssim.simulation.events.SimEvent;
import org.devopssim.simulation.model.Topology;

/**
 * An immutable picture of the running system, published by the simulation thread for the UI.
 *
 * @param second       simulated seconds since the start
 * @param epochSecond  the calendar time that second stands for (UTC)
 * @param nodes        one status per topology node, in the topology's order
 * @param linkRates    requests per second on each topology link, in the topology's order
 * @param newEvents    events since the previous snapshot was published; a reader that may skip
 *                     snapshots (one per frame) should read the run's EventLog instead
 * @param pipeline     the delivery pipeline's runs, oldest first
 * @param dora         the DORA figures so far
 */
public record Snapshot(Topology topology, long second, long epochSecond, RunState state, Speed speed,
                       SystemStatus system, List<NodeStatus> nodes, double[] linkRates,
                       List<SimEvent> newEvents, List<DeliveryPipeline.Run> pipeline, DeliveryPipeline.Dora dora) {

    public enum RunState {
        PAUSED, RUNNING
    }

    public NodeStatus node(String id) {
        for (NodeStatus s : nodes) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no node " + id);
    }
}
