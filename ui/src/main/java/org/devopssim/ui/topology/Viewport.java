package org.devopssim.ui.topology;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;

/** Pan and zoom of the topology canvas: screen = world * scale + offset. */
public final class Viewport {

    static final double MIN_SCALE = 0.1;
    static final double MAX_SCALE = 4;
    private static final double FIT_MARGIN = 24;

    private double scale = 1;
    private double offsetX;
    private double offsetY;

    public double scale() {
        return scale;
    }

    public double offsetX() {
        return offsetX;
    }

    public double offsetY() {
        return offsetY;
    }

    public Point2D toScreen(double worldX, double worldY) {
        return new Point2D(worldX * scale + offsetX, worldY * scale + offsetY);
    }

    public Point2D toWorld(double screenX, double screenY) {
        return new Point2D((screenX - offsetX) / scale, (screenY - offsetY) / scale);
    }

    /** Shows all of {@code world} centred in a screen area, never magnified beyond 1.25x. */
    public void fit(Bounds world, double screenWidth, double screenHeight) {
        if (screenWidth <= 2 * FIT_MARGIN || screenHeight <= 2 * FIT_MARGIN) {
            return;
        }
        double sx = (screenWidth - 2 * FIT_MARGIN) / Math.max(1, world.getWidth());
        double sy = (screenHeight - 2 * FIT_MARGIN) / Math.max(1, world.getHeight());
        scale = Math.clamp(Math.min(sx, sy), MIN_SCALE, 1.25);
        offsetX = (screenWidth - world.getWidth() * scale) / 2 - world.getMinX() * scale;
        offsetY = (screenHeight - world.getHeight() * scale) / 2 - world.getMinY() * scale;
    }

    /** Zooms by {@code factor} keeping the world point under the screen point where it is. */
    public void zoom(double factor, double screenX, double screenY) {
        Point2D anchor = toWorld(screenX, screenY);
        scale = Math.clamp(scale * factor, MIN_SCALE, MAX_SCALE);
        offsetX = screenX - anchor.getX() * scale;
        offsetY = screenY - anchor.getY() * scale;
    }

    public void pan(double dx, double dy) {
        offsetX += dx;
        offsetY += dy;
    }
}
