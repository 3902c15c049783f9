package org.devopssim.ui.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.devopssim.simulation.model.Link;
import org.devopssim.simulation.model.Node;
import org.devopssim.simulation.model.Position;
import org.devopssim.simulation.model.Topology;

/**
 * Copied nodes (with what their containers hold) and the links among them, as Copy keeps them
 * for Paste and Duplicate.
 */
public record Fragment(List<Node> nodes, List<Link> links) {

    public Fragment {
        nodes = List.copyOf(nodes);
        links = List.copyOf(links);
    }

    /** The selected nodes of {@code t}, their contents, and the links with both ends among them. */
    public static Fragment of(Topology t, Collection<String> ids) {
        Set<String> all = TopologyEdits.withDescendants(t, ids);
        List<Node> nodes = t.nodes().stream().filter(n -> all.contains(n.id())).toList();
        List<Link> links = t.links().stream().filter(l -> all.contains(l.from()) && all.contains(l.to())).toList();
        return new Fragment(nodes, links);
    }

    public boolean isEmpty() {
        return nodes.isEmpty();
    }

    /** The result of a paste: the new topology and the ids the pasted nodes got. */
    public record Pasted(Topology topology, List<String> ids) {
    }

    /**
     * The fragment added to {@code t} under fresh ids, shifted by (dx, dy) file units. A pasted
     * node stays in its container when that container was copied too or still exists.
     */
    public Pasted pasteInto(Topology t, double dx, double dy) {
        Set<String> taken = new HashSet<>();
        t.nodes().forEach(n -> taken.add(n.id()));
        Map<String, String> renamed = new HashMap<>();
        for (Node n : nodes) {
            String id = NewNodes.uniqueId(taken, n.id());
            taken.add(id);
            renamed.put(n.id(), id);
        }
        List<Node> all = new ArrayList<>(t.nodes());
        List<String> ids = new ArrayList<>();
        for (Node n : nodes) {
            String parent = n.parent() == null ? null
                    : renamed.containsKey(n.parent()) ? renamed.get(n.parent())
                    : t.node(n.parent()).isPresent() ? n.parent() : null;
            Position p = n.position() == null ? null : new Position(n.position().x() + dx, n.position().y() + dy);
            all.add(NodeRecords.with(n, renamed.get(n.id()), n.name(), parent, p));
            ids.add(renamed.get(n.id()));
        }
        List<Link> links = new ArrayList<>(t.links());
        for (Link l : this.links) {
            links.add(new Link(renamed.get(l.from()), renamed.get(l.to()), l.type(), l.weight(), l.resilience()));
        }
        return new Pasted(t.withNodesAndLinks(all, links), ids);
    }
}
