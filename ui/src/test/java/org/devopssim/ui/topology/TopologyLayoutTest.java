package org.devopssim.ui.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.devopssim.simulation.model.Mode;
import org.devopssim.simulation.model.Topology;
import org.devopssim.ui.Presets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TopologyLayoutTest {

    @ParameterizedTest
    @EnumSource(Mode.class)
    void containersEncloseTheirChildren(Mode mode) {
        Topology t = Presets.topology(mode);
        TopologyLayout layout = TopologyLayout.of(t);
        for (var node : t.nodes()) {
            if (node.parent() == null || layout.box(node.id()).isEmpty()) {
                continue;
            }
            NodeBox child = layout.box(node.id()).orElseThrow();
            NodeBox parent = layout.box(node.parent()).orElseThrow();
            assertTrue(parent.encloses(child), parent.node().id() + " must enclose " + node.id());
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void nothingOverlapsWhatItDoesNotContain(Mode mode) {
        TopologyLayout layout = TopologyLayout.of(Presets.topology(mode));
        List<NodeBox> all = new ArrayList<>(layout.containers());
        all.addAll(layout.leaves());
        for (NodeBox a : all) {
            for (NodeBox b : all) {
                if (a == b || a.encloses(b) || b.encloses(a)) {
                    continue;
                }
                boolean overlap = a.x() < b.maxX() && b.x() < a.maxX() && a.y() < b.maxY() && b.y() < a.maxY();
                assertFalse(overlap, a.node().id() + " overlaps " + b.node().id());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void clickingACardsCentreHitsThatCard(Mode mode) {
        TopologyLayout layout = TopologyLayout.of(Presets.topology(mode));
        for (NodeBox leaf : layout.leaves()) {
            assertEquals(leaf.node().id(), layout.hit(leaf.centerX(), leaf.centerY()).orElseThrow().node().id());
        }
    }
}
