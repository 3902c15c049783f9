package org.devopssim.ui.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.devopssim.simulation.model.Node;
import org.devopssim.simulation.model.NodeKind;

/**
 * Finds nodes by what a user remembers of them: part of the name, the id or the kind ("postgres",
 * "replica", "api"). Names that start with the text come first, then other matches, each by name.
 */
public final class NodeSearch {

    private NodeSearch() {
    }

    public static List<Node> find(List<Node> nodes, String text) {
        String q = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        List<Node> found = new ArrayList<>();
        for (Node n : nodes) {
            if (q.isEmpty() || haystack(n).contains(q)) {
                found.add(n);
            }
        }
        found.sort(Comparator.comparing((Node n) -> !n.displayName().toLowerCase(Locale.ROOT).startsWith(q))
                .thenComparing(n -> n.displayName().toLowerCase(Locale.ROOT)));
        return found;
    }

    private static String haystack(Node n) {
        return (n.displayName() + " " + n.id() + " " + NodeKind.of(n).label() + " " + n.kindName())
                .toLowerCase(Locale.ROOT);
    }
}
