package org.devopssim.simulation.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.devopssim.simulation.model.CloudRegion;
import org.devopssim.simulation.model.Link;
import org.devopssim.simulation.model.LinkType;
import org.devopssim.simulation.model.Node;
import org.devopssim.simulation.model.NodeKind;
import org.devopssim.simulation.model.PostgresNode;
import org.devopssim.simulation.model.Topology;

/**
 * A topology compiled for the tick loop: nodes by index, request links per node, the order in
 * which traffic can be pushed through (upstream before downstream), and replication pairs.
 *
 * <p>Nodes are numbered in that upstream-to-downstream order, not the file's: every per-second
 * pass then walks the node state front to back in memory, which is what keeps a 10,000-node fleet
 * from waiting on cache misses. {@link #topologyOrder} maps back to the file's order.
 */
final class FlowGraph {

    final Node[] nodes;
    final Map<String, Integer> indexById;
    /** Per node: indices into {@link #links} of its outgoing request links. */
    final int[][] outLinks;
    final Link[] links;
    /** Per link: its type; per node: its kind. Hot loops branch on these instead of type-testing the records. */
    final LinkType[] linkType;
    final NodeKind[] kind;
    final int[] linkFrom;
    final int[] linkTo;
    /** Nodes in an order where every request link goes forward. */
    final int[] order;
    /** Per node: index of the region that contains it, or -1. */
    final int[] regionOf;
    /** Per node: indices of the metrics-scrape links it pulls. */
    final int[][] scrapeLinks;
    /** Replication as (leader, follower) pairs; multi-master links count both ways. */
    final int[][] replication;

    /** Internal indices of the nodes in the topology file's order. */
    final int[] topologyOrder;

    /**
     * The order in which a second's traffic is pushed through, in batches: {@link #batchStart}{@code [b]}
     * to {@code [b + 1]} index {@link #flowSequence}. No node of a batch sends requests to another of
     * the same batch, so the engine serves a whole batch, then routes it, in tight loops. Every node
     * still receives the same contributions in the same order as when it went node by node in
     * {@link #order} (see {@link #batches}), so the sums, and the results, are identical. Redone
     * when a link is pointed elsewhere ({@link #retarget}).
     */
    int[] flowSequence;
    int[] batchStart;

    FlowGraph(Topology topology) {
        int[] sorted = flowOrder(topology);
        List<Node> list = topology.nodes();
        nodes = new Node[list.size()];
        topologyOrder = new int[list.size()];
        for (int k = 0; k < sorted.length; k++) {
            nodes[k] = list.get(sorted[k]);
            topologyOrder[sorted[k]] = k;
        }
        indexById = new HashMap<>();
        for (int i = 0; i < nodes.length; i++) {
            indexById.put(nodes[i].id(), i);
        }
        links = topology.links().toArray(Link[]::new);
        linkType = new LinkType[links.length];
        for (int l = 0; l < links.length; l++) {
            linkType[l] = links[l].type();
        }
        kind = new NodeKind[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            kind[i] = NodeKind.of(nodes[i]);
        }
        linkFrom = new int[links.length];
        linkTo = new int[links.length];
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < nodes.length; i++) {
            out.add(new ArrayList<>());
        }
        List<List<Integer>> scrapes = new ArrayList<>();
        for (int i = 0; i < nodes.length; i++) {
            scrapes.add(new ArrayList<>());
        }
        List<int[]> repl = new ArrayList<>();
        for (int l = 0; l < links.length; l++) {
            linkFrom[l] = index(links[l].from());
            linkTo[l] = index(links[l].to());
            if (links[l].type().carriesRequests()) {
                out.get(linkFrom[l]).add(l);
            } else if (links[l].type() == LinkType.METRICS_SCRAPE) {
                scrapes.get(linkFrom[l]).add(l);
            } else if (links[l].type() == LinkType.REPLICATION) {
                repl.add(new int[]{linkFrom[l], linkTo[l]});
                if (isMultiMaster(nodes[linkFrom[l]]) && isMultiMaster(nodes[linkTo[l]])) {
                    repl.add(new int[]{linkTo[l], linkFrom[l]});
                }
            }
        }
        outLinks = packed(out);
        scrapeLinks = packed(scrapes);
        replication = repl.toArray(int[][]::new);
        order = java.util.stream.IntStream.range(0, nodes.length).toArray();
        regionOf = new int[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            regionOf[i] = findRegion(i);
        }
        rebatch();
    }

    /** Points a request link at another node (a failover moving clients), and regroups the flow. */
    void retarget(int l, int target) {
        linkTo[l] = target;
        rebatch();
    }

    private void rebatch() {
        int[][] batches = batches();
        flowSequence = batches[0];
        batchStart = batches[1];
    }

    /**
     * Levels by depth (the longest chain of request links above a node) when that order adds into
     * each node what its callers send in the same order as node order does, that is when every
     * node's callers, by index, are also by depth (true of trees and of most fleets) and every link
     * goes forward. Otherwise runs of consecutive nodes that do not call each other, which keep node
     * order as it is (a link pointed backward by a failover included). Returns the sequence and the
     * batch starts.
     */
    private int[][] batches() {
        int n = nodes.length;
        int[] depth = new int[n];
        int[] deepestCaller = new int[n];
        int[] latestCaller = new int[n];
        Arrays.fill(deepestCaller, -1);
        Arrays.fill(latestCaller, -1);
        boolean levelsKeepOrder = true;
        for (int u = 0; u < n; u++) {
            for (int l : outLinks[u]) {
                int t = linkTo[l];
                // Callers come in index order: each must be at least as deep as the one before.
                levelsKeepOrder &= t > u && depth[u] >= deepestCaller[t];
                deepestCaller[t] = Math.max(deepestCaller[t], depth[u]);
                depth[t] = Math.max(depth[t], depth[u] + 1);
                latestCaller[t] = u;
            }
        }
        int[] sequence = new int[n];
        List<Integer> starts = new ArrayList<>();
        if (levelsKeepOrder) {
            int maxDepth = Arrays.stream(depth).max().orElse(0);
            int k = 0;
            for (int d = 0; d <= maxDepth; d++) {
                starts.add(k);
                for (int i = 0; i < n; i++) {
                    if (depth[i] == d) {
                        sequence[k++] = i;
                    }
                }
            }
        } else {
            int start = 0;
            for (int i = 0; i < n; i++) {
                sequence[i] = i;
                if (i == 0 || latestCaller[i] >= start) {
                    start = i;
                    starts.add(i);
                }
            }
        }
        starts.add(n);
        return new int[][]{sequence, starts.stream().mapToInt(Integer::intValue).toArray()};
    }

    /**
     * The lists as arrays allocated back to back, with no garbage between them: the passes over
     * the nodes read one after the other, so they should sit one after the other in memory.
     */
    private static int[][] packed(List<List<Integer>> lists) {
        int[][] arrays = new int[lists.size()][];
        // One shared empty list: most nodes scrape nothing and caches and databases call nothing,
        // and the passes that look at their lists then read the same cached array.
        int[] none = new int[0];
        for (int i = 0; i < arrays.length; i++) {
            arrays[i] = lists.get(i).isEmpty() ? none : new int[lists.get(i).size()];
        }
        for (int i = 0; i < arrays.length; i++) {
            for (int k = 0; k < arrays[i].length; k++) {
                arrays[i][k] = lists.get(i).get(k);
            }
        }
        return arrays;
    }

    int index(String id) {
        Integer i = indexById.get(id);
        if (i == null) {
            throw new IllegalArgumentException("no node with id '" + id + "'");
        }
        return i;
    }

    int size() {
        return nodes.length;
    }

    private static boolean isMultiMaster(Node n) {
        return n instanceof PostgresNode p && p.role() == PostgresNode.Role.MULTI_MASTER;
    }

    /**
     * The file's node positions in an order where every request link goes forward: the reverse
     * post-order of a depth-first walk, so a service sits right before the cache and databases it
     * calls (a level-by-level order would put all databases far from their callers). The codec has
     * already refused cycles; one found here is a bug.
     */
    private static int[] flowOrder(Topology topology) {
        List<Node> list = topology.nodes();
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            position.put(list.get(i).id(), i);
        }
        List<List<Integer>> next = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            next.add(new ArrayList<>());
        }
        for (Link l : topology.links()) {
            Integer from = position.get(l.from());
            Integer to = position.get(l.to());
            if (l.type().carriesRequests() && from != null && to != null) {
                next.get(from).add(to);
            }
        }
        int[] state = new int[list.size()];
        int[] postOrder = new int[list.size()];
        int[] count = {0};
        for (int i = 0; i < list.size(); i++) {
            if (state[i] == 0) {
                visit(i, next, state, postOrder, count);
            }
        }
        int[] result = new int[list.size()];
        for (int k = 0; k < result.length; k++) {
            result[k] = postOrder[result.length - 1 - k];
        }
        return result;
    }

    /** Depth-first, iteratively (a long chain must not overflow the stack); state 1 = on the path, 2 = done. */
    private static void visit(int start, List<List<Integer>> next, int[] state, int[] postOrder, int[] count) {
        ArrayDeque<int[]> stack = new ArrayDeque<>();
        stack.push(new int[]{start, 0});
        state[start] = 1;
        while (!stack.isEmpty()) {
            int[] frame = stack.peek();
            List<Integer> targets = next.get(frame[0]);
            if (frame[1] < targets.size()) {
                int t = targets.get(frame[1]++);
                if (state[t] == 1) {
                    throw new IllegalArgumentException("request links form a cycle");
                }
                if (state[t] == 0) {
                    state[t] = 1;
                    stack.push(new int[]{t, 0});
                }
            } else {
                stack.pop();
                state[frame[0]] = 2;
                postOrder[count[0]++] = frame[0];
            }
        }
    }

    private int findRegion(int i) {
        Node n = nodes[i];
        for (int hops = 0; n != null && hops < nodes.length; hops++) {
            if (n instanceof CloudRegion) {
                return indexById.get(n.id());
            }
            Integer p = n.parent() == null ? null : indexById.get(n.parent());
            n = p == null ? null : nodes[p];
        }
        return -1;
    }
}
