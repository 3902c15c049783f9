package org.devopssim.ui.topology;

import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.devopssim.simulation.engine.Health;
import org.devopssim.simulation.engine.Snapshot;
import org.devopssim.simulation.model.CloudRegion;
import org.devopssim.ui.theme.Palette;
import org.devopssim.ui.view.Tips;

/**
 * An overview of the whole topology in a corner of the canvas: regions and clusters as outlines,
 * every node as a dot in its status colour, and the part the main view shows as a rectangle.
 * Clicking or dragging on it centres the main view there.
 *
 * <p>Cheap to keep up: the outlines are drawn once per layout, theme and size on a canvas of
 * their own; the dots and the rectangle share the top canvas, redrawn when the view moves and
 * otherwise at most {@value #DOTS_PER_SECOND} times a second.
 */
public final class Minimap extends Region {

    static final double MAX_WIDTH = 220;
    static final double MAX_HEIGHT = 150;
    private static final double MARGIN = 6;
    private static final int DOTS_PER_SECOND = 4;
    private static final long DOTS_INTERVAL_NANOS = 1_000_000_000L / DOTS_PER_SECOND;

    private final Canvas outlines = new Canvas();
    private final Canvas dots = new Canvas();
    private final Consumer<Point2D> onPan;
    private MinimapMapping mapping;
    private TopologyLayout drawnLayout;
    private Palette drawnPalette;
    private long dotsDrawnAt;
    private double viewScale = Double.NaN;
    private double viewX;
    private double viewY;
    private double viewWidth;
    private double viewHeight;

    /** @param onPan told the world point to centre the main view on */
    Minimap(Consumer<Point2D> onPan) {
        this.onPan = onPan;
        setId("minimap");
        getStyleClass().add("minimap");
        getChildren().addAll(outlines, dots);
        setManaged(false);
        setCursor(Cursor.HAND);
        Tips.install(this, "The whole topology: click or drag to move the view");
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pan);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::pan);
        // The canvas under it must not also start a pan, a selection or a zoom.
        addEventHandler(MouseEvent.ANY, MouseEvent::consume);
        addEventHandler(ScrollEvent.ANY, ScrollEvent::consume);
    }

    private void pan(MouseEvent e) {
        if (mapping != null) {
            onPan.accept(worldAt(e.getX(), e.getY()));
        }
    }

    /** The world point under a point of the minimap (in its own coordinates). */
    public Point2D worldAt(double x, double y) {
        double cx = Math.clamp(x, 0, getWidth());
        double cy = Math.clamp(y, 0, getHeight());
        return mapping == null ? Point2D.ZERO : mapping.toWorld(cx, cy);
    }

    /**
     * Brings the overview up to date; {@code nowNanos} paces the dots.
     *
     * @param shownWidth  the main view's width, with {@code shownHeight} and {@code vp} for the rectangle
     */
    void update(TopologyLayout layout, Snapshot s, LiveIndex live, Viewport vp, double shownWidth, double shownHeight,
                Palette p, long nowNanos) {
        boolean redraw = false;
        if (layout != drawnLayout || p != drawnPalette) {
            drawnLayout = layout;
            drawnPalette = p;
            Bounds world = layout.bounds();
            double[] size = MinimapMapping.size(world, MAX_WIDTH, MAX_HEIGHT);
            resize(size[0], size[1]);
            outlines.setWidth(size[0]);
            outlines.setHeight(size[1]);
            dots.setWidth(size[0]);
            dots.setHeight(size[1]);
            mapping = MinimapMapping.fit(world, size[0], size[1], MARGIN);
            drawOutlines(outlines.getGraphicsContext2D(), layout, p);
            redraw = true;
        }
        if (vp.scale() != viewScale || vp.offsetX() != viewX || vp.offsetY() != viewY || shownWidth != viewWidth
                || shownHeight != viewHeight) {
            viewScale = vp.scale();
            viewX = vp.offsetX();
            viewY = vp.offsetY();
            viewWidth = shownWidth;
            viewHeight = shownHeight;
            redraw = true;
        }
        if (redraw || nowNanos - dotsDrawnAt >= DOTS_INTERVAL_NANOS) {
            dotsDrawnAt = nowNanos;
            drawDots(dots.getGraphicsContext2D(), layout, s, live, p);
        }
    }

    private void drawOutlines(GraphicsContext g, TopologyLayout layout, Palette p) {
        double w = outlines.getWidth();
        double h = outlines.getHeight();
        g.clearRect(0, 0, w, h);
        g.setFill(p.panel().deriveColor(0, 1, 1, 0.94));
        g.fillRoundRect(0, 0, w, h, 8, 8);
        g.setStroke(p.nodeStroke());
        g.setLineWidth(1);
        g.strokeRoundRect(0.5, 0.5, w - 1, h - 1, 8, 8);
        for (NodeBox b : layout.containers()) {
            Color accent = b.node() instanceof CloudRegion r ? p.provider(r.provider()) : p.cluster();
            double x = mapping.miniX(b.x());
            double y = mapping.miniY(b.y());
            double bw = b.width() * mapping.scale();
            double bh = b.height() * mapping.scale();
            g.setFill(accent.deriveColor(0, 1, 1, 0.10));
            g.fillRect(x, y, bw, bh);
            g.setStroke(accent);
            g.strokeRect(x, y, bw, bh);
        }
    }

    private void drawDots(GraphicsContext g, TopologyLayout layout, Snapshot s, LiveIndex live, Palette p) {
        g.clearRect(0, 0, dots.getWidth(), dots.getHeight());
        double size = Math.clamp(TopologyLayout.NODE_HEIGHT * mapping.scale(), 2.5, 6);
        for (NodeBox b : layout.leaves()) {
            int running = s == null || live == null ? -1 : live.node(b.index());
            Health h = running < 0 ? Health.NONE : s.nodes().get(running).health();
            g.setFill(h == Health.NONE ? p.mutedText() : p.health(h));
            // A node that is down is drawn bigger, so it stands out in a large fleet.
            double d = h == Health.DOWN ? size * 1.6 : size;
            g.fillRect(mapping.miniX(b.centerX()) - d / 2, mapping.miniY(b.centerY()) - d / 2, d, d);
        }
        if (viewScale > 0) {
            double x0 = Math.max(1, mapping.miniX(-viewX / viewScale));
            double y0 = Math.max(1, mapping.miniY(-viewY / viewScale));
            double x1 = Math.min(dots.getWidth() - 1, mapping.miniX((viewWidth - viewX) / viewScale));
            double y1 = Math.min(dots.getHeight() - 1, mapping.miniY((viewHeight - viewY) / viewScale));
            if (x1 > x0 && y1 > y0) {
                g.setFill(p.selection().deriveColor(0, 1, 1, 0.12));
                g.fillRect(x0, y0, x1 - x0, y1 - y0);
                g.setStroke(p.selection());
                g.setLineWidth(1.5);
                g.strokeRect(x0, y0, x1 - x0, y1 - y0);
            }
        }
    }
}
