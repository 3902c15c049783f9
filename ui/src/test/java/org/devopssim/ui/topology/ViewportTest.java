package org.devopssim.ui.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.BoundingBox;
import javafx.geometry.Point2D;
import org.junit.jupiter.api.Test;

class ViewportTest {

    @Test
    void fitShowsTheWholeWorldCentred() {
        Viewport vp = new Viewport();
        var world = new BoundingBox(-100, 50, 2000, 1000);
        vp.fit(world, 1000, 800);
        Point2D topLeft = vp.toScreen(world.getMinX(), world.getMinY());
        Point2D bottomRight = vp.toScreen(world.getMaxX(), world.getMaxY());
        assertTrue(topLeft.getX() >= 0 && topLeft.getY() >= 0);
        assertTrue(bottomRight.getX() <= 1000 && bottomRight.getY() <= 800);
        assertEquals(500, (topLeft.getX() + bottomRight.getX()) / 2, 1e-9);
        assertEquals(400, (topLeft.getY() + bottomRight.getY()) / 2, 1e-9);
    }

    @Test
    void zoomKeepsThePointUnderTheMouseInPlace() {
        Viewport vp = new Viewport();
        vp.pan(30, -20);
        Point2D before = vp.toWorld(300, 200);
        vp.zoom(1.7, 300, 200);
        Point2D after = vp.toWorld(300, 200);
        assertEquals(before.getX(), after.getX(), 1e-9);
        assertEquals(before.getY(), after.getY(), 1e-9);
        assertEquals(1.7, vp.scale(), 1e-9);
    }

    @Test
    void linkWidthGrowsWithRateUpToTheBusiestLink() {
        assertEquals(LinkWidths.MIN_WIDTH, LinkWidths.width(0, 500, 9));
        assertEquals(9, LinkWidths.width(500, 500, 9), 1e-9);
        assertEquals(5, LinkWidths.width(250, 500, 9), 1e-9);
    }
}
