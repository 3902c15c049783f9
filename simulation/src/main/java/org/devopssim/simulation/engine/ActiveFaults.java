package org.devopssim.simulation.engine;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.devopssim.simulation.events.Severity;
import org.devopssim.simulation.events.SimEvent;
import org.devopssim.simulation.model.CloudRegion;
import org.devopssim.simulation.model.KafkaNode;

/**
 * The faults in force and what they do to nodes and links each second. Modifiers are recomputed
 * from scratch every second, so faults combine and ending one restores exactly what it changed;
 * only the slow ones (a filling disk, a leak) carry state.
 */
final class ActiveFaults {

    /** A fault in force on a node (and for a partition, a second region). */
    static final class Entry {
        final Fault fault;
        final int target;
        final int other;
        final long start;
        final long end;
        /** Percent accumulated by a disk fill or memory leak. */
        double accumulated;

        Entry(Fault fault, int target, int other, long start, long end) {
            this.fault = fault;
            this.target = target;
            this.other = other;
            this.start = start;
            this.end = end;
        }
    }

    /** Seconds a flash crowd takes to build up to its full size. */
    private static final double SPIKE_RAMP_SECONDS = 60;

    private final Simulation sim;
    private final List<Entry> active = new ArrayList<>();

    ActiveFaults(Simulation sim) {
        this.sim = sim;
    }

    List<Entry> active() {
        return active;
    }

    void add(Entry e) {
        active.add(e);
    }

    /** Ends faults on a node (one kind, or all); returns how many ended. */
    int clear(int target, String faultName) {
        int cleared = 0;
        for (Iterator<Entry> it = active.iterator(); it.hasNext(); ) {
            Entry e = it.next();
            if (e.target == target && (faultName == null || e.fault.actionName().equals(faultName))) {
                it.remove();
                cleared++;
                ended(e, "fixed");
            }
        }
        return cleared;
    }

    boolean has(int target, Class<? extends Fault> kind) {
        for (Entry e : active) {
            if (e.target == target && kind.isInstance(e.fault)) {
                return true;
            }
        }
        return false;
    }

    void expire(long now) {
        for (Iterator<Entry> it = active.iterator(); it.hasNext(); ) {
            Entry e = it.next();
            if (e.end >= 0 && now >= e.end) {
                it.remove();
                ended(e, "over");
            }
        }
    }

    private void ended(Entry e, String how) {
        String id = e.target >= 0 ? sim.spec(e.target).id() : null;
        sim.log().append(new SimEvent(sim.second(), Severity.INFO, id, "fault-ended",
                "%s%s is %s".formatted(e.fault.actionName(), id == null ? "" : " on " + id, how)));
    }

    /** Applies every fault in force to node and link modifiers for this second. */
    void apply(NodeStates state, FlowGraph graph, double[] linkExtraLatency, boolean[] linkBroken, long now) {
        for (Entry e : active) {
            int t = e.target;
            switch (e.fault) {
                case Fault.ZoneOutage z -> {
                    int zones = ((CloudRegion) graph.nodes[e.target]).zones().size();
                    double lost = zones <= 1 ? 1 : 1.0 / zones;
                    forRegion(graph, e.target, i -> state.capacityFactor[i] *= 1 - lost);
                }
                case Fault.RegionOutage r -> forRegion(graph, e.target, i -> state.down[i] = true);
                case Fault.NetworkLatency n -> {
                    for (int l = 0; l < graph.links.length; l++) {
                        if (graph.regionOf[graph.linkFrom[l]] == e.target || graph.regionOf[graph.linkTo[l]] == e.target) {
                            linkExtraLatency[l] += n.extraMs() / 1000;
                        }
                    }
                }
                case Fault.NetworkPartition p -> {
                    for (int l = 0; l < graph.links.length; l++) {
                        if (separates(graph, graph.linkFrom[l], graph.linkTo[l], e.target, e.other)) {
                            linkBroken[l] = true;
                        }
                    }
                }
                case Fault.DbPrimaryCrash d -> state.down[t] = true;
                case Fault.ReplicaLag r -> state.applyFactor[t] *= r.applyFactor();
                case Fault.RedisDown r -> state.down[t] = true;
                case Fault.KafkaBrokerDown k -> {
                    int brokers = Math.max(1, ((KafkaNode) graph.nodes[e.target]).brokers());
                    state.capacityFactor[t] *= Math.max(0, 1 - (double) k.brokers() / brokers);
                    state.down[t] |= k.brokers() >= brokers;
                }
                case Fault.DiskFill d -> {
                    e.accumulated += d.percentPerMinute() / 60;
                    state.filledDisk[t] = e.accumulated;
                    state.down[t] |= state.disk[t] >= 100;
                }
                case Fault.MemoryLeak m -> {
                    e.accumulated += m.percentPerMinute() / 60;
                    state.leakedMemory[t] = e.accumulated;
                }
                case Fault.CpuHog c -> {
                    state.capacityFactor[t] *= Math.max(0, 1 - c.percent() / 100);
                    state.extraCpu[t] += c.percent();
                }
                case Fault.BadRelease b -> {
                    state.extraErrorRate[t] = 1 - (1 - state.extraErrorRate[t]) * (1 - b.errorRatePercent() / 100);
                    state.serviceFactor[t] *= b.latencyFactor();
                }
                case Fault.SlowDependency s -> state.serviceFactor[t] *= s.factor();
                case Fault.TlsCertExpired c -> state.extraErrorRate[t] = 1;
                case Fault.TrafficSpike s -> {
                    double ramp = Math.min(1, (now - e.start + 1) / SPIKE_RAMP_SECONDS);
                    double factor = 1 + (s.factor() - 1) * ramp;
                    if (t >= 0) {
                        state.trafficFactor[t] *= factor;
                    } else {
                        for (int i = 0; i < state.size(); i++) {
                            state.trafficFactor[i] *= factor;
                        }
                    }
                }
                case Fault.InstanceCrash c -> {
                }
            }
        }
    }

    /** True when a link joins the two partitioned regions. */
    static boolean separates(FlowGraph graph, int from, int to, int regionA, int regionB) {
        int a = graph.regionOf[from];
        int b = graph.regionOf[to];
        return (a == regionA && b == regionB) || (a == regionB && b == regionA);
    }

    private static void forRegion(FlowGraph graph, int region, java.util.function.IntConsumer action) {
        for (int i = 0; i < graph.regionOf.length; i++) {
            if (graph.regionOf[i] == region) {
                action.accept(i);
            }
        }
    }
}
