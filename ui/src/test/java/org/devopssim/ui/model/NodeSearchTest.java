package org.devopssim.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.devopssim.simulation.model.Mode;
import org.devopssim.simulation.model.Node;
import org.devopssim.ui.Presets;
import org.junit.jupiter.api.Test;

class NodeSearchTest {

    private final List<Node> production = Presets.topology(Mode.PRODUCTION).nodes();

    private List<String> ids(String text) {
        return NodeSearch.find(production, text).stream().map(Node::id).toList();
    }

    @Test
    void findsByNameIdOrKind() {
        assertEquals(List.of("db-replica"), ids("replica"), "by name and id");
        assertTrue(ids("postgres").containsAll(List.of("db-primary", "db-replica")), "by kind");
        assertTrue(ids("  GRAF ").contains("grafana"), "case and spaces do not matter");
        assertTrue(ids("no such thing").isEmpty());
        assertEquals(production.size(), ids("").size(), "an empty query lists every node");
    }

    @Test
    void namesThatStartWithTheTextComeFirst() {
        List<Node> found = NodeSearch.find(production, "p");
        assertTrue(found.getFirst().displayName().toLowerCase().startsWith("p"), found.getFirst().displayName());
    }
}
