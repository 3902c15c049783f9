package org.devopssim.ui.topology;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.devopssim.simulation.model.Link;
import org.devopssim.simulation.model.Topology;

/**
 * Matches the topology shown (the edited document) with the topology the simulation runs, by
 * node id and by link ends and type, so live status reaches the right card even after edits.
 * Computed once per pair of topologies; the frame loop only reads arrays.
 */
final class LiveIndex {

    private final Topology shown;
    private final Topology running;
    private final int[] nodes;
    private final int[] links;

    private LiveIndex(Topology shown, Topology running) {
        this.shown = shown;
        this.running = running;
        nodes = new int[shown.nodes().size()];
        links = new int[shown.links().size()];
        if (shown == running) {
            for (int i = 0; i < nodes.length; i++) {
                nodes[i] = i;
            }
            for (int i = 0; i < links.length; i++) {
                links[i] = i;
            }
            return;
        }
        Map<String, Integer> runningNodes = new HashMap<>();
        List<org.devopssim.simulation.model.Node> rn = running == null ? List.of() : running.nodes();
        for (int i = 0; i < rn.size(); i++) {
            runningNodes.put(rn.get(i).id(), i);
        }
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = runningNodes.getOrDefault(shown.nodes().get(i).id(), -1);
        }
        Map<String, Integer> runningLinks = new HashMap<>();
        List<Link> rl = running == null ? List.of() : running.links();
        for (int i = 0; i < rl.size(); i++) {
            runningLinks.putIfAbsent(key(rl.get(i)), i);
        }
        for (int i = 0; i < links.length; i++) {
            links[i] = runningLinks.getOrDefault(key(shown.links().get(i)), -1);
        }
    }

    private static String key(Link l) {
        return l.from() + "\u0000" + l.to() + "\u0000" + l.type();
    }

    /** Reuses {@code previous} when it matches the same two topologies. */
    static LiveIndex of(LiveIndex previous, Topology shown, Topology running) {
        if (previous != null && previous.shown == shown && previous.running == running) {
            return previous;
        }
        return new LiveIndex(shown, running);
    }

    /** The running index of the shown node at {@code shownIndex}, or -1 when the run does not have it. */
    int node(int shownIndex) {
        return shownIndex < nodes.length ? nodes[shownIndex] : -1;
    }

    /** The running index of the shown link, or -1. */
    int link(int shownIndex) {
        return shownIndex < links.length ? links[shownIndex] : -1;
    }
}
