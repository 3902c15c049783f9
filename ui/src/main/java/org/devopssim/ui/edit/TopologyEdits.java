package org.devopssim.ui.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.devopssim.simulation.codec.TopologyFileException.Problem;
import org.devopssim.simulation.codec.TopologyValidator;
import org.devopssim.simulation.layout.LayeredLayout;
import org.devopssim.simulation.model.Link;
import org.devopssim.simulation.model.Node;
import org.devopssim.simulation.model.NodeKind;
import org.devopssim.simulation.model.PostgresNode;
import org.devopssim.simulation.model.Position;
import org.devopssim.simulation.model.Topology;

/**
 * The edits of the topology editor, each a pure function of the topology. Every edit checks its
 * result with the codec's validator, so the document always holds a topology that can be run;
 * an edit that would break it is refused with the validator's reason.
 */
public final class TopologyEdits {

    private static final Pattern NODE_PATH = Pattern.compile("^\\$\\.nodes\\[(\\d+)]\\.?(.*)$");

    /** Where a moved node ends up: a position in file units and its container (null: top level). */
    public record Placement(String id, Position position, String parent) {
    }

    public enum Alignment {
        LEFT("Align Left"), CENTER("Align Centres"), RIGHT("Align Right"),
        TOP("Align Top"), MIDDLE("Align Middles"), BOTTOM("Align Bottom");

        private final String label;

        Alignment(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        boolean horizontal() {
            return this == LEFT || this == CENTER || this == RIGHT;
        }
    }

    private TopologyEdits() {
    }

    /** An edit whose result must pass the validator. */
    static Edit validated(String label, UnaryOperator<Topology> change) {
        return new Edit(label, before -> {
            Topology after = change.apply(before);
            List<Problem> problems = new TopologyValidator(after).problems();
            if (!problems.isEmpty()) {
                throw new EditRefusedException(reason(after, problems.getFirst()));
            }
            return after;
        });
    }

    /** "'api' capacity.instances: expected a number >= 0, got -1" rather than a JSON path. */
    static String reason(Topology t, Problem p) {
        Matcher m = NODE_PATH.matcher(p.path());
        if (m.matches()) {
            int i = Integer.parseInt(m.group(1));
            String id = i < t.nodes().size() && t.nodes().get(i) != null ? t.nodes().get(i).id() : "node " + i;
            return "'" + id + "'" + (m.group(2).isEmpty() ? "" : " " + m.group(2)) + ": " + p.message();
        }
        return p.message();
    }

    public static Edit add(Node node) {
        return validated("Add " + NodeKind.of(node).label(), t -> {
            List<Node> nodes = new ArrayList<>(t.nodes());
            nodes.add(node);
            return t.withNodesAndLinks(nodes, t.links());
        });
    }

    /**
     * Moves nodes (one undo step however many). {@code containerAnchors}: where to keep a
     * container that the move empties and that has no position of its own (it was sized by its
     * children), so it stays where the user saw it.
     */
    public static Edit move(List<Placement> placements, Map<String, Position> containerAnchors) {
        String label = placements.size() == 1 ? "Move '" + placements.getFirst().id() + "'"
                : "Move " + placements.size() + " nodes";
        Map<String, Placement> byId = new HashMap<>();
        placements.forEach(p -> byId.put(p.id(), p));
        return validated(label, t -> {
            List<Node> moved = t.nodes().stream().map(n -> {
                Placement p = byId.get(n.id());
                return p == null ? n : NodeRecords.with(n, n.id(), n.name(), p.parent(), p.position());
            }).toList();
            // Containers that still hold a card somewhere inside keep taking their size from it.
            Set<String> holding = new HashSet<>();
            Map<String, Node> all = new HashMap<>();
            moved.forEach(n -> all.put(n.id(), n));
            for (Node n : moved) {
                if (!n.isContainer()) {
                    String p = n.parent();
                    while (p != null && holding.add(p)) {
                        p = all.containsKey(p) ? all.get(p).parent() : null;
                    }
                }
            }
            List<Node> anchored = moved.stream().map(n -> n.isContainer() && n.position() == null
                    && !holding.contains(n.id()) && containerAnchors.containsKey(n.id())
                    ? NodeRecords.withPosition(n, containerAnchors.get(n.id())) : n).toList();
            return t.withNodesAndLinks(anchored, t.links());
        });
    }

    /** Deletes nodes, what their containers hold, and every link that touches them. */
    public static Edit delete(Collection<String> ids) {
        return validated(ids.size() == 1 ? "Delete '" + ids.iterator().next() + "'" : "Delete " + ids.size() + " nodes",
                t -> {
                    Set<String> gone = withDescendants(t, ids);
                    List<Node> nodes = t.nodes().stream().filter(n -> !gone.contains(n.id())).toList();
                    List<Link> links = t.links().stream()
                            .filter(l -> !gone.contains(l.from()) && !gone.contains(l.to())).toList();
                    return t.withNodesAndLinks(nodes, links);
                });
    }

    /** The ids and everything inside the containers among them, at any depth. */
    public static Set<String> withDescendants(Topology t, Collection<String> ids) {
        Set<String> all = new HashSet<>(ids);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Node n : t.nodes()) {
                if (n.parent() != null && all.contains(n.parent()) && all.add(n.id())) {
                    grew = true;
                }
            }
        }
        return all;
    }

    /**
     * Links two nodes with the type their kinds suggest.
     *
     * @throws EditRefusedException with the reason when such a link makes no sense
     */
    public static Edit link(Topology current, String from, String to) {
        LinkChoice choice = LinkChoice.between(current, from, to);
        if (!choice.allowed()) {
            throw new EditRefusedException(choice.refusal());
        }
        String label = "Link '" + from + "' to '" + to + "' (" + LinkChoice.wire(choice.type()) + ")";
        return validated(label, t -> {
            List<Node> nodes = t.nodes();
            if (choice.promotion()) {
                nodes = nodes.stream().map(n -> n.id().equals(to) && n instanceof PostgresNode p
                        ? NodeRecords.withRole(p, PostgresNode.Role.REPLICA, p.applyRate() > 0 ? p.applyRate() : 1500)
                        : n.id().equals(from) && n instanceof PostgresNode p && p.role() == PostgresNode.Role.SINGLE
                        ? NodeRecords.withRole(p, PostgresNode.Role.PRIMARY, p.applyRate()) : n).toList();
            }
            List<Link> links = new ArrayList<>(t.links());
            links.add(new Link(from, to, choice.type()));
            return t.withNodesAndLinks(nodes, links);
        });
    }

    public static Edit deleteLink(Link link) {
        return validated("Delete link '" + link.from() + "' to '" + link.to() + "'", t -> t.withNodesAndLinks(t.nodes(),
                t.links().stream().filter(l -> !l.equals(link)).toList()));
    }

    /** A node replaced by an edited copy of itself (same id), e.g. from the inspector. */
    public static Edit replace(String label, Node edited) {
        return validated(label, t -> {
            if (t.node(edited.id()).isEmpty()) {
                throw new EditRefusedException("'" + edited.id() + "' is no longer in the topology");
            }
            return t.withNodesAndLinks(t.nodes().stream().map(n -> n.id().equals(edited.id()) ? edited : n).toList(),
                    t.links());
        });
    }

    /** Lines the selected cards up along one edge or centre line (they all have the same size). */
    public static Edit align(Collection<String> ids, Alignment how) {
        return validated(how.label(), t -> {
            List<Node> placed = placed(t, ids);
            if (placed.size() < 2) {
                return t;
            }
            List<Double> values = placed.stream()
                    .map(n -> how.horizontal() ? n.position().x() : n.position().y()).toList();
            double target = switch (how) {
                case LEFT, TOP -> values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
                case RIGHT, BOTTOM -> values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
                case CENTER, MIDDLE -> values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            };
            Set<String> set = new HashSet<>(ids);
            return t.withNodesAndLinks(t.nodes().stream().map(n -> !set.contains(n.id()) || n.position() == null ? n
                    : NodeRecords.withPosition(n, how.horizontal() ? new Position(target, n.position().y())
                    : new Position(n.position().x(), target))).toList(), t.links());
        });
    }

    /** Spaces three or more selected cards evenly between the outermost two. */
    public static Edit distribute(Collection<String> ids, boolean horizontally) {
        return validated(horizontally ? "Distribute Horizontally" : "Distribute Vertically", t -> {
            List<Node> placed = new ArrayList<>(placed(t, ids));
            if (placed.size() < 3) {
                return t;
            }
            placed.sort(Comparator.comparingDouble(n -> horizontally ? n.position().x() : n.position().y()));
            double first = horizontally ? placed.getFirst().position().x() : placed.getFirst().position().y();
            double last = horizontally ? placed.getLast().position().x() : placed.getLast().position().y();
            double step = (last - first) / (placed.size() - 1);
            Map<String, Position> next = new HashMap<>();
            for (int i = 0; i < placed.size(); i++) {
                Position p = placed.get(i).position();
                double v = first + i * step;
                next.put(placed.get(i).id(), horizontally ? new Position(v, p.y()) : new Position(p.x(), v));
            }
            return t.withNodesAndLinks(t.nodes().stream()
                    .map(n -> next.containsKey(n.id()) ? NodeRecords.withPosition(n, next.get(n.id())) : n).toList(),
                    t.links());
        });
    }

    /** The layered layout by tier: sources, balancers, services, caches and queues, databases; monitoring below. */
    public static Edit autoLayout() {
        return validated("Auto Layout", t -> {
            Topology arranged = arrangeByRegion(t);
            // Containers that hold cards take their size from them again; a position kept from a
            // drop would stretch them back to where they were.
            Set<String> holding = new HashSet<>();
            for (Node n : arranged.nodes()) {
                if (!n.isContainer()) {
                    String p = n.parent();
                    while (p != null && holding.add(p)) {
                        p = arranged.node(p).map(Node::parent).orElse(null);
                    }
                }
            }
            return arranged.withNodesAndLinks(arranged.nodes().stream()
                    .map(n -> n.isContainer() && holding.contains(n.id()) ? NodeRecords.withPosition(n, null) : n)
                    .toList(), arranged.links());
        });
    }

    /** Vertical space between two regions laid out one under the other, in file units. */
    static final double REGION_GAP = 120;

    /**
     * The layered layout within each top-level container (a region, usually), the containers
     * stacked top to bottom in file order, nodes outside any container first. Laying everything
     * out as one would interleave the regions' columns and overlap their boxes.
     */
    static Topology arrangeByRegion(Topology t) {
        Map<String, List<Node>> groups = new java.util.LinkedHashMap<>();
        Map<String, Node> byId = new HashMap<>();
        t.nodes().forEach(n -> byId.put(n.id(), n));
        groups.put("", new ArrayList<>());
        for (Node n : t.nodes()) {
            Node top = n;
            int guard = 0;
            while (top.parent() != null && byId.containsKey(top.parent()) && guard++ < 64) {
                top = byId.get(top.parent());
            }
            String key = top == n && !n.isContainer() ? "" : top.id();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(n);
        }
        Map<String, Position> placed = new HashMap<>();
        double offset = 0;
        for (List<Node> group : groups.values()) {
            Set<String> ids = new HashSet<>();
            group.forEach(n -> ids.add(n.id()));
            List<Link> inside = t.links().stream().filter(l -> ids.contains(l.from()) && ids.contains(l.to())).toList();
            Topology part = LayeredLayout.arrange(t.withNodesAndLinks(group, inside));
            double minY = Double.POSITIVE_INFINITY;
            double maxY = Double.NEGATIVE_INFINITY;
            for (Node n : part.nodes()) {
                if (!n.isContainer() && n.position() != null) {
                    minY = Math.min(minY, n.position().y());
                    maxY = Math.max(maxY, n.position().y());
                }
            }
            if (minY == Double.POSITIVE_INFINITY) {
                continue;
            }
            for (Node n : part.nodes()) {
                if (!n.isContainer() && n.position() != null) {
                    placed.put(n.id(), new Position(n.position().x(), n.position().y() - minY + LayeredLayout.TOP + offset));
                }
            }
            offset += maxY - minY + REGION_GAP;
        }
        return t.withNodesAndLinks(t.nodes().stream()
                .map(n -> placed.containsKey(n.id()) ? NodeRecords.withPosition(n, placed.get(n.id())) : n).toList(), t.links());
    }

    private static List<Node> placed(Topology t, Collection<String> ids) {
        Set<String> set = new HashSet<>(ids);
        return t.nodes().stream().filter(n -> set.contains(n.id()) && n.position() != null && !n.isContainer()).toList();
    }
}
