package org.devopssim.ui.topology;

import javafx.geometry.Bounds;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.devopssim.simulation.engine.Snapshot;
import org.devopssim.ui.theme.Palette;

/**
 * The whole topology as a picture for export, drawn by the canvas's painter: every node, not
 * just what the view shows, at scale 1 in world units plus a margin, with the snapshot's live
 * status (health colours, link rates, instance counts). Built and drawn on the FX thread.
 */
public final class TopologyPicture {

    /** Images larger than this on a side are drawn at a smaller scale. */
    static final double MAX_PIXELS = 8192;
    private static final double MARGIN = 24;

    private final TopologyLayout layout;
    private final Snapshot snapshot;
    private final Palette palette;
    private final TopologyPainter painter = new TopologyPainter();

    /** @param snapshot the run to show; its topology is the one drawn */
    public TopologyPicture(Snapshot snapshot, Palette palette) {
        this.layout = TopologyLayout.of(snapshot.topology());
        this.snapshot = snapshot;
        this.palette = palette;
    }

    public double width() {
        return layout.bounds().getWidth() + 2 * MARGIN;
    }

    public double height() {
        return layout.bounds().getHeight() + 2 * MARGIN;
    }

    /** A bitmap at {@code scale} (2 for a sharp image on high-density screens and in slides). */
    public WritableImage image(double scale) {
        double s = Math.min(scale, MAX_PIXELS / Math.max(width(), height()));
        Canvas canvas = new Canvas(Math.ceil(width() * s), Math.ceil(height() * s));
        paint(new FxPen(canvas.getGraphicsContext2D(), s));
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        return canvas.snapshot(params, null);
    }

    /** An SVG document of the same drawing. */
    public String svg() {
        SvgPen pen = new SvgPen(width(), height());
        paint(pen);
        return pen.document();
    }

    private void paint(Pen pen) {
        Bounds world = layout.bounds();
        Viewport vp = new Viewport();
        // The picture is the world's size plus the margin, so fitting gives scale 1.
        vp.fit(world, width(), height());
        painter.paint(pen, width(), height(), layout, snapshot,
                LiveIndex.of(null, snapshot.topology(), snapshot.topology()), vp, java.util.Set.of(), null, palette, false);
    }
}
