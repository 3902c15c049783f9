package org.devopssim.ui.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.geometry.BoundingBox;
import javafx.geometry.Point2D;
import org.junit.jupiter.api.Test;

class MinimapMappingTest {

    private final BoundingBox world = new BoundingBox(-200, 100, 4000, 1000);

    @Test
    void theWorldIsFittedCentredInsideTheMargin() {
        MinimapMapping m = MinimapMapping.fit(world, 220, 150, 6);
        // Wider than tall: the width sets the scale, the height is centred.
        assertEquals((220 - 12) / 4000.0, m.scale(), 1e-12);
        assertEquals(6, m.miniX(world.getMinX()), 1e-9);
        assertEquals(214, m.miniX(world.getMaxX()), 1e-9);
        assertEquals(75, (m.miniY(world.getMinY()) + m.miniY(world.getMaxY())) / 2, 1e-9);
    }

    @Test
    void aMinimapPointMapsBackToTheWorldPointDrawnThere() {
        MinimapMapping m = MinimapMapping.fit(world, 220, 150, 6);
        Point2D w = m.toWorld(m.miniX(1234), m.miniY(567));
        assertEquals(1234, w.getX(), 1e-9);
        assertEquals(567, w.getY(), 1e-9);
        assertEquals(world.getMinX(), m.toWorld(6, 0).getX(), 1e-9);
    }

    @Test
    void theSizeKeepsTheAspectWithinTheMaximum() {
        double[] wide = MinimapMapping.size(world, 220, 150);
        assertEquals(220, wide[0], 1e-9);
        assertEquals(55, wide[1], 1e-9);
        double[] tall = MinimapMapping.size(new BoundingBox(0, 0, 500, 1000), 220, 150);
        assertEquals(75, tall[0], 1e-9);
        assertEquals(150, tall[1], 1e-9);
        double[] sliver = MinimapMapping.size(new BoundingBox(0, 0, 10_000, 10), 220, 150);
        assertEquals(150 / 4.0, sliver[1], 1e-9, "never thinner than a quarter of the maximum");
    }
}
