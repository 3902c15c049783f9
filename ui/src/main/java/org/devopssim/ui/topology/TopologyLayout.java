package org.devopssim.ui.topology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import org.devopssim.simulation.model.Node;
import org.devopssim.simulation.model.Position;
import org.devopssim.simulation.model.Topology;

/**
 * Places a topology in world units: serving nodes as fixed-size cards centred on their
 * position (spread out so that cards fit between neighbours), containers as boxes that enclose
 * everything inside them with a padding and a title band. Pure geometry, computed once per
 * topology; hit-testing for clicks lives here too.
 */
public final class TopologyLayout {

    /**
     * Positions in files are tight for cards with labels: spread them, more across than down,
     * because cards are wide and short.
     */
    public static final double SPREAD_X = 1.8;
    public static final double SPREAD_Y = 1.15;
    public static final double NODE_WIDTH = 160;
    public static final double NODE_HEIGHT = 52;
    static final double PADDING = 12;
    static final double TITLE_BAND = 22;
    /**
     * A container the editor placed is drawn at its own position with at least this size (a
     * region holds a whole system, a cluster a few services), so nodes can be dropped into it.
     */
    static double ownWidth(Node container) {
        return container instanceof org.devopssim.simulation.model.CloudRegion ? 900 : 560;
    }

    static double ownHeight(Node container) {
        return container instanceof org.devopssim.simulation.model.CloudRegion ? 340 : 220;
    }

    private final Topology topology;
    private final List<NodeBox> containers;
    private final List<NodeBox> leaves;
    private final Map<String, NodeBox> byId;
    private final Bounds bounds;

    private TopologyLayout(Topology topology, List<NodeBox> containers, List<NodeBox> leaves) {
        this.topology = topology;
        this.containers = List.copyOf(containers);
        this.leaves = List.copyOf(leaves);
        Map<String, NodeBox> map = new HashMap<>();
        containers.forEach(b -> map.put(b.node().id(), b));
        leaves.forEach(b -> map.put(b.node().id(), b));
        this.byId = Map.copyOf(map);
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (NodeBox b : map.values()) {
            minX = Math.min(minX, b.x());
            minY = Math.min(minY, b.y());
            maxX = Math.max(maxX, b.maxX());
            maxY = Math.max(maxY, b.maxY());
        }
        this.bounds = map.isEmpty() ? new BoundingBox(0, 0, 1, 1) : new BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }

    public static TopologyLayout of(Topology topology) {
        List<Node> nodes = topology.nodes();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            index.put(nodes.get(i).id(), i);
        }
        Map<String, List<NodeBox>> childrenOf = new HashMap<>();
        List<NodeBox> leaves = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            if (n.isContainer()) {
                continue;
            }
            Position p = n.position() == null ? new Position(0, 0) : n.position();
            NodeBox box = new NodeBox(n, i, p.x() * SPREAD_X - NODE_WIDTH / 2, p.y() * SPREAD_Y - NODE_HEIGHT / 2,
                    NODE_WIDTH, NODE_HEIGHT, depth(n, topology));
            leaves.add(box);
            if (n.parent() != null) {
                childrenOf.computeIfAbsent(n.parent(), k -> new ArrayList<>()).add(box);
            }
        }
        // Innermost containers first, so a region can enclose its finished clusters.
        List<Node> containerNodes = nodes.stream().filter(Node::isContainer)
                .sorted(Comparator.comparingInt((Node n) -> depth(n, topology)).reversed()).toList();
        List<NodeBox> containers = new ArrayList<>();
        for (Node c : containerNodes) {
            List<NodeBox> children = childrenOf.getOrDefault(c.id(), List.of());
            if (children.isEmpty()) {
                // Nothing to enclose: an empty container is drawn at its own position (as the editor
                // drops it), and one without a position has no place on the canvas.
                if (c.position() != null) {
                    NodeBox box = new NodeBox(c, index.get(c.id()),
                            c.position().x() * SPREAD_X - ownWidth(c) / 2,
                            c.position().y() * SPREAD_Y - ownHeight(c) / 2,
                            ownWidth(c), ownHeight(c), depth(c, topology));
                    containers.add(box);
                    if (c.parent() != null) {
                        childrenOf.computeIfAbsent(c.parent(), k -> new ArrayList<>()).add(box);
                    }
                }
                continue;
            }
            double minX = children.stream().mapToDouble(NodeBox::x).min().orElseThrow() - PADDING;
            double minY = children.stream().mapToDouble(NodeBox::y).min().orElseThrow() - PADDING - TITLE_BAND;
            double maxX = children.stream().mapToDouble(NodeBox::maxX).max().orElseThrow() + PADDING;
            double maxY = children.stream().mapToDouble(NodeBox::maxY).max().orElseThrow() + PADDING;
            if (c.position() != null) {
                // A container placed by the editor keeps at least the area it was dropped with, so
                // it does not jump to its first child; it grows when children go beyond it.
                double cx = c.position().x() * SPREAD_X;
                double cy = c.position().y() * SPREAD_Y;
                minX = Math.min(minX, cx - ownWidth(c) / 2);
                minY = Math.min(minY, cy - ownHeight(c) / 2);
                maxX = Math.max(maxX, cx + ownWidth(c) / 2);
                maxY = Math.max(maxY, cy + ownHeight(c) / 2);
            }
            NodeBox box = new NodeBox(c, index.get(c.id()), minX, minY, maxX - minX, maxY - minY, depth(c, topology));
            containers.add(box);
            if (c.parent() != null) {
                childrenOf.computeIfAbsent(c.parent(), k -> new ArrayList<>()).add(box);
            }
        }
        // Outermost first: the drawing order.
        containers.sort(Comparator.comparingInt(NodeBox::depth));
        return new TopologyLayout(topology, containers, leaves);
    }

    private static int depth(Node n, Topology topology) {
        int d = 0;
        String p = n.parent();
        while (p != null && d < 64) {
            d++;
            p = topology.node(p).map(Node::parent).orElse(null);
        }
        return d;
    }

    public Topology topology() {
        return topology;
    }

    /** Regions and clusters, outermost first. */
    public List<NodeBox> containers() {
        return containers;
    }

    /** Everything that is not a container, in topology order. */
    public List<NodeBox> leaves() {
        return leaves;
    }

    public Optional<NodeBox> box(String nodeId) {
        return nodeId == null ? Optional.empty() : Optional.ofNullable(byId.get(nodeId));
    }

    /** Everything drawn, in world units. */
    public Bounds bounds() {
        return bounds;
    }

    /**
     * The innermost container whose box holds a world point, skipping {@code excluded} ones (e.g.
     * the containers being moved); where a dropped or moved node lands.
     */
    public Optional<NodeBox> containerAt(double x, double y, java.util.Set<String> excluded) {
        for (int i = containers.size() - 1; i >= 0; i--) {
            NodeBox b = containers.get(i);
            if (b.contains(x, y) && !excluded.contains(b.node().id())) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    /** Whether a world point is on a container's title band, where the container is grabbed to move it. */
    static boolean onTitleBand(NodeBox container, double x, double y) {
        return container.contains(x, y) && y <= container.y() + TITLE_BAND;
    }

    /** The card under a world point, else the innermost container under it. */
    public Optional<NodeBox> hit(double x, double y) {
        for (int i = leaves.size() - 1; i >= 0; i--) {
            if (leaves.get(i).contains(x, y)) {
                return Optional.of(leaves.get(i));
            }
        }
        for (int i = containers.size() - 1; i >= 0; i--) {
            if (containers.get(i).contains(x, y)) {
                return Optional.of(containers.get(i));
            }
        }
        return Optional.empty();
    }
}
