package org.devopssim.ui.topology;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;

/**
 * Where the whole topology sits in the minimap: world = (mini - offset) / scale. The world
 * bounds are fitted, centred and with their aspect kept, inside the minimap less a margin.
 */
record MinimapMapping(double scale, double offsetX, double offsetY) {

    static MinimapMapping fit(Bounds world, double width, double height, double margin) {
        double w = Math.max(1, width - 2 * margin);
        double h = Math.max(1, height - 2 * margin);
        double scale = Math.min(w / Math.max(1, world.getWidth()), h / Math.max(1, world.getHeight()));
        double ox = (width - world.getWidth() * scale) / 2 - world.getMinX() * scale;
        double oy = (height - world.getHeight() * scale) / 2 - world.getMinY() * scale;
        return new MinimapMapping(scale, ox, oy);
    }

    double miniX(double worldX) {
        return worldX * scale + offsetX;
    }

    double miniY(double worldY) {
        return worldY * scale + offsetY;
    }

    Point2D toWorld(double miniX, double miniY) {
        return new Point2D((miniX - offsetX) / scale, (miniY - offsetY) / scale);
    }

    /**
     * The size of a minimap that shows {@code world} at most {@code maxWidth} x {@code maxHeight}
     * with its aspect kept (and never thinner than a quarter of the other side).
     */
    static double[] size(Bounds world, double maxWidth, double maxHeight) {
        double aspect = Math.max(1, world.getWidth()) / Math.max(1, world.getHeight());
        double w = maxWidth;
        double h = w / aspect;
        if (h > maxHeight) {
            h = maxHeight;
            w = h * aspect;
        }
        return new double[] {Math.max(w, maxWidth / 4), Math.max(h, maxHeight / 4)};
    }
}
