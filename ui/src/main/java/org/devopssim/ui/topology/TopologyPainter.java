package org.devopssim.ui.topology;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.devopssim.simulation.engine.Health;
import org.devopssim.simulation.engine.NodeStatus;
import org.devopssim.simulation.engine.Snapshot;
import org.devopssim.simulation.model.CloudRegion;
import org.devopssim.simulation.model.ContainerCluster;
import org.devopssim.simulation.model.Link;
import org.devopssim.simulation.model.Node;
import org.devopssim.simulation.model.NodeKind;
import org.devopssim.simulation.model.TrafficSource;
import org.devopssim.ui.format.Figures;
import org.devopssim.ui.theme.Palette;

/**
 * Draws a topology with its live state on a canvas: containers, then links, then cards. Works
 * in world units under the viewport's transform; text is left out when it would be too small to
 * read, which also keeps large topologies cheap to draw.
 */
final class TopologyPainter {

    private static final Font NAME_FONT = Font.font("System", FontWeight.BOLD, 11);
    private static final Font FIGURE_FONT = Font.font("System", 10.5);
    private static final Font TITLE_FONT = Font.font("System", FontWeight.BOLD, 11.5);
    private static final Font RATE_FONT = Font.font("System", 9.5);
    /** Below this zoom, card text is unreadable and is not drawn. */
    private static final double TEXT_MIN_SCALE = 0.4;
    private static final double MAX_LINK_WIDTH = 9;
    /** Links carry their rate as a label from this zoom on. */
    private static final double LABEL_MIN_SCALE = 0.6;
    private static final double RATE_LABEL_MAX_WIDTH = 6 + 5.4 * 8;
    /** Above this error rate (percent; the engine calls a node degraded from here) a link's traffic is drawn red. */
    static final double FAILING_ERROR_PERCENT = 1;

    private final Map<String, String> fittedNames = new HashMap<>();
    private final FxPen pen = new FxPen(null);
    /** The visible world rectangle of the paint in progress. */
    private double minX;
    private double minY;
    private double maxX;
    private double maxY;
    /** Per shown link, this paint's rate; kept between paints so a frame allocates nothing per link. */
    private double[] rates = new double[0];
    private final double[] flowDashes = new double[2];
    private final double[] flowFrom = new double[2];
    private final double[] flowTo = new double[2];
    private Palette flowPalette;
    private Color flowColour;
    private Color failingFlowColour;
    private final Text measure = new Text();
    private TopologyLayout namesFor;

    /** Radius of the link handle on the right edge of a card, in world units. */
    static final double HANDLE_RADIUS = 6;

    /**
     * @param live     matches the layout's nodes and links with the snapshot's; nodes the run does not
     *                 have (added by an edit) are drawn as not running yet
     * @param selected every selected node id
     * @param editing  draws the link handle on hovered and selected cards
     */
    void paint(GraphicsContext g, double width, double height, TopologyLayout layout, Snapshot snapshot,
               LiveIndex live, Viewport vp, java.util.Set<String> selected, String hoveredId, Palette p,
               boolean editing) {
        pen.use(g);
        paint(pen, width, height, layout, snapshot, live, vp, selected, hoveredId, p, editing);
    }

    /** The same drawing through any pen, e.g. an SVG file's: a still picture, without the moving traffic. */
    void paint(Pen g, double width, double height, TopologyLayout layout, Snapshot snapshot,
               LiveIndex live, Viewport vp, java.util.Set<String> selected, String hoveredId, Palette p,
               boolean editing) {
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.setFill(p.background());
        g.fillRect(0, 0, width, height);
        if (layout == null) {
            return;
        }
        if (namesFor != layout) {
            fittedNames.clear();
            namesFor = layout;
        }
        boolean text = vp.scale() >= TEXT_MIN_SCALE;
        clipTo(vp, width, height);
        g.setTransform(vp.scale(), 0, 0, vp.scale(), vp.offsetX(), vp.offsetY());
        g.setLineCap(StrokeLineCap.ROUND);
        for (NodeBox box : layout.containers()) {
            if (inView(box)) {
                container(g, box, selected.contains(box.node().id()), p);
            }
        }
        links(g, layout, snapshot, live, vp.scale() >= LABEL_MIN_SCALE, p);
        // Titles over the links that cross them, so a region's name always reads.
        for (NodeBox box : layout.containers()) {
            if (inView(box)) {
                containerTitle(g, box, text, p);
            }
        }
        for (NodeBox box : layout.leaves()) {
            if (!inView(box)) {
                continue;
            }
            int running = snapshot == null ? -1 : live.node(box.index());
            NodeStatus status = running < 0 ? null : snapshot.nodes().get(running);
            boolean hovered = box.node().id().equals(hoveredId);
            boolean isSelected = selected.contains(box.node().id());
            card(g, box, status, snapshot != null && running < 0, isSelected, hovered, text, p);
            if (editing && (hovered || isSelected)) {
                handle(g, box, p);
            }
        }
        g.setTransform(1, 0, 0, 1, 0, 0);
    }

    /** What the view shows, in world units, with room for selection rings and badges: the rest is not drawn. */
    private void clipTo(Viewport vp, double width, double height) {
        double slack = 24;
        minX = -vp.offsetX() / vp.scale() - slack;
        minY = -vp.offsetY() / vp.scale() - slack;
        maxX = (width - vp.offsetX()) / vp.scale() + slack;
        maxY = (height - vp.offsetY()) / vp.scale() + slack;
    }

    /**
     * The traffic moving on the request links, alone on a transparent layer over the picture:
     * redrawn every frame while the run plays, where the picture is redrawn only when the run's
     * figures change (and at most {@code TopologyCanvas}'s picture rate).
     */
    void paintFlow(GraphicsContext context, double width, double height, TopologyLayout layout, Snapshot s,
                   LiveIndex live, Viewport vp, Palette p, LinkFlow flow) {
        context.setTransform(1, 0, 0, 1, 0, 0);
        context.clearRect(0, 0, width, height);
        if (layout == null || s == null) {
            return;
        }
        pen.use(context);
        Pen g = pen;
        clipTo(vp, width, height);
        g.setTransform(vp.scale(), 0, 0, vp.scale(), vp.offsetX(), vp.offsetY());
        g.setLineCap(StrokeLineCap.BUTT);
        boolean labels = vp.scale() >= LABEL_MIN_SCALE;
        if (flowPalette != p) {
            flowPalette = p;
            flowColour = (p.dark() ? Color.WHITE : p.background()).deriveColor(0, 1, 1, 0.8);
            failingFlowColour = p.health(Health.DOWN).deriveColor(0, 1, 1, 0.95);
        }
        // One pattern for every link, in screen pixels; only the offset differs per link.
        flowDashes[0] = LinkFlow.DASH / vp.scale();
        flowDashes[1] = LinkFlow.GAP / vp.scale();
        g.setLineDashes(flowDashes);
        List<Link> links = layout.topology().links();
        double max = rates(links, s, live);
        for (int i = 0; i < links.size(); i++) {
            Link link = links.get(i);
            double rate = rates[i];
            if (!link.type().carriesRequests() || rate <= 0) {
                continue;
            }
            NodeBox from = layout.box(link.from()).orElse(null);
            NodeBox to = layout.box(link.to()).orElse(null);
            if (from == null || to == null
                    || !lineInView(from.centerX(), from.centerY(), to.centerX(), to.centerY())) {
                continue;
            }
            edgePoint(from, to.centerX(), to.centerY(), flowFrom);
            edgePoint(to, from.centerX(), from.centerY(), flowTo);
            g.setStroke(failing(s, live, to) ? failingFlowColour : flowColour);
            g.setLineWidth(Math.max(1.2 / vp.scale(), LinkWidths.width(rate, max, MAX_LINK_WIDTH) * 0.45));
            g.setLineDashOffset(flow.dashOffset(i) / vp.scale());
            g.strokeLine(flowFrom[0], flowFrom[1], flowTo[0], flowTo[1]);
            if (labels) {
                // Keeps the picture's rate label readable (a label is at most about this wide).
                context.clearRect((flowFrom[0] + flowTo[0]) / 2 - RATE_LABEL_MAX_WIDTH / 2,
                        (flowFrom[1] + flowTo[1]) / 2 - 7, RATE_LABEL_MAX_WIDTH, 14);
            }
        }
        g.setLineDashes((double[]) null);
        g.setLineDashOffset(0);
        // The picture draws links under cards and region titles: cut the traffic out where they are.
        for (NodeBox box : layout.leaves()) {
            if (inView(box)) {
                context.clearRect(box.x(), box.y(), box.width(), box.height());
            }
        }
        for (NodeBox box : layout.containers()) {
            if (inView(box)) {
                context.clearRect(box.x(), box.y(), box.width(), TopologyLayout.TITLE_BAND);
            }
        }
        g.setTransform(1, 0, 0, 1, 0, 0);
    }

    /** Fills {@link #rates} for the shown links; the busiest request link's rate. */
    private double rates(List<Link> links, Snapshot s, LiveIndex live) {
        if (rates.length < links.size()) {
            rates = new double[links.size()];
        }
        double[] running = s == null ? new double[0] : s.linkRates();
        double max = 0;
        for (int i = 0; i < links.size(); i++) {
            int r = s == null ? -1 : live.link(i);
            rates[i] = r >= 0 && r < running.length ? running[r] : 0;
            if (links.get(i).type().carriesRequests()) {
                max = Math.max(max, rates[i]);
            }
        }
        return max;
    }

    private boolean inView(NodeBox b) {
        return b.maxX() >= minX && b.x() <= maxX && b.maxY() >= minY && b.y() <= maxY;
    }

    private boolean lineInView(double x0, double y0, double x1, double y1) {
        return Math.max(x0, x1) >= minX && Math.min(x0, x1) <= maxX && Math.max(y0, y1) >= minY && Math.min(y0, y1) <= maxY;
    }

    private static Color accent(NodeBox b, Palette p) {
        return b.node() instanceof CloudRegion r ? p.provider(r.provider()) : p.cluster();
    }

    private void container(Pen g, NodeBox b, boolean selected, Palette p) {
        Color accent = accent(b, p);
        double arc = b.node() instanceof CloudRegion ? 14 : 10;
        g.setFill(accent.deriveColor(0, 1, 1, 0.06));
        g.fillRoundRect(b.x(), b.y(), b.width(), b.height(), arc, arc);
        g.setStroke(selected ? p.selection() : accent);
        g.setLineWidth(selected ? 3 : 1.5);
        if (b.node() instanceof ContainerCluster) {
            g.setLineDashes(6, 4);
        }
        g.strokeRoundRect(b.x(), b.y(), b.width(), b.height(), arc, arc);
        g.setLineDashes((double[]) null);
    }

    private void containerTitle(Pen g, NodeBox b, boolean text, Palette p) {
        double arc = b.node() instanceof CloudRegion ? 14 : 10;
        // Opaque band: the panel colour under the accent tint hides links passing beneath.
        g.setFill(p.background());
        g.fillRoundRect(b.x() + 1, b.y() + 1, b.width() - 2, TopologyLayout.TITLE_BAND - 1, arc, arc);
        g.setFill(accent(b, p).deriveColor(0, 1, 1, p.dark() ? 0.30 : 0.20));
        g.fillRoundRect(b.x() + 1, b.y() + 1, b.width() - 2, TopologyLayout.TITLE_BAND - 1, arc, arc);
        if (text) {
            g.setFill(p.text());
            g.setFont(TITLE_FONT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(fit(b.node().id() + "#title", containerTitle(b.node()), TITLE_FONT, b.width() - 16),
                    b.x() + 8, b.y() + TopologyLayout.TITLE_BAND / 2);
            g.setTextBaseline(VPos.BASELINE);
        }
    }

    private static String containerTitle(Node n) {
        return switch (n) {
            case CloudRegion r -> r.displayName() + (r.location() == null ? "" : "  ·  " + r.location());
            case ContainerCluster c -> c.displayName() + "  ·  " + c.orchestrator().label()
                    + (c.version() == null ? "" : " " + c.version());
            default -> n.displayName();
        };
    }

    /** The link handle: drag from it to another node to link them. */
    private static void handle(Pen g, NodeBox b, Palette p) {
        double r = HANDLE_RADIUS;
        g.setFill(p.selection());
        g.fillOval(b.maxX() - r, b.centerY() - r, 2 * r, 2 * r);
        g.setStroke(p.nodeFill());
        g.setLineWidth(1.5);
        g.strokeLine(b.maxX() - r * 0.5, b.centerY(), b.maxX() + r * 0.5, b.centerY());
        g.strokeLine(b.maxX(), b.centerY() - r * 0.5, b.maxX(), b.centerY() + r * 0.5);
    }

    private void links(Pen g, TopologyLayout layout, Snapshot s, LiveIndex live, boolean labels, Palette p) {
        List<Link> links = layout.topology().links();
        double max = rates(links, s, live);
        for (int i = 0; i < links.size(); i++) {
            Link link = links.get(i);
            NodeBox from = layout.box(link.from()).orElse(null);
            NodeBox to = layout.box(link.to()).orElse(null);
            if (from == null || to == null
                    || !lineInView(from.centerX(), from.centerY(), to.centerX(), to.centerY())) {
                continue;
            }
            double rate = rates[i];
            boolean carries = link.type().carriesRequests();
            double[] a = edgePoint(from, to.centerX(), to.centerY());
            double[] b = edgePoint(to, from.centerX(), from.centerY());
            Color c = p.link(link.type());
            double w = carries ? LinkWidths.width(rate, max, MAX_LINK_WIDTH) : 1;
            g.setStroke(carries ? c.deriveColor(0, 1, 1, 0.85) : c.deriveColor(0, 1, 1, 0.45));
            g.setLineWidth(w);
            if (!carries) {
                g.setLineDashes(4, 4);
            } else if (rate <= 0) {
                g.setLineDashes(2, 5);
            }
            g.strokeLine(a[0], a[1], b[0], b[1]);
            g.setLineDashes((double[]) null);
            arrowHead(g, a, b, Math.max(6, w + 4), g.getStroke());
            if (labels && carries && rate > 0) {
                rateLabel(g, (a[0] + b[0]) / 2, (a[1] + b[1]) / 2, Figures.compact(rate) + "/s", p);
            }
        }
    }

    /** The link's callee is down or failing requests: its traffic is drawn red. */
    private static boolean failing(Snapshot s, LiveIndex live, NodeBox to) {
        int r = s == null ? -1 : live.node(to.index());
        if (r < 0) {
            return false;
        }
        NodeStatus status = s.nodes().get(r);
        return status.health() == Health.DOWN || status.errorRate() > FAILING_ERROR_PERCENT;
    }

    /** Where the line from the box's centre towards (tx, ty) leaves the box. */
    static double[] edgePoint(NodeBox b, double tx, double ty) {
        return edgePoint(b, tx, ty, new double[2]);
    }

    /** {@link #edgePoint(NodeBox, double, double)} into {@code into}, for drawing every frame without allocating. */
    static double[] edgePoint(NodeBox b, double tx, double ty, double[] into) {
        double cx = b.centerX();
        double cy = b.centerY();
        double dx = tx - cx;
        double dy = ty - cy;
        double t = 0;
        if (dx != 0 || dy != 0) {
            double sx = dx == 0 ? Double.POSITIVE_INFINITY : (b.width() / 2 + 2) / Math.abs(dx);
            double sy = dy == 0 ? Double.POSITIVE_INFINITY : (b.height() / 2 + 2) / Math.abs(dy);
            t = Math.min(1, Math.min(sx, sy));
        }
        into[0] = cx + dx * t;
        into[1] = cy + dy * t;
        return into;
    }

    private static void arrowHead(Pen g, double[] a, double[] b, double size, javafx.scene.paint.Paint paint) {
        double ang = Math.atan2(b[1] - a[1], b[0] - a[0]);
        double x1 = b[0] - size * Math.cos(ang - 0.4);
        double y1 = b[1] - size * Math.sin(ang - 0.4);
        double x2 = b[0] - size * Math.cos(ang + 0.4);
        double y2 = b[1] - size * Math.sin(ang + 0.4);
        g.setFill(paint);
        g.fillPolygon(new double[] {b[0], x1, x2}, new double[] {b[1], y1, y2}, 3);
    }

    private static void rateLabel(Pen g, double x, double y, String text, Palette p) {
        double w = 6 + 5.4 * text.length();
        g.setFill(p.background().deriveColor(0, 1, 1, 0.85));
        g.fillRoundRect(x - w / 2, y - 7, w, 14, 8, 8);
        g.setFill(p.mutedText());
        g.setFont(RATE_FONT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, x, y);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
    }

    private void card(Pen g, NodeBox b, NodeStatus s, boolean notRunning, boolean selected, boolean hovered,
                      boolean text, Palette p) {
        Health health = s == null ? Health.NONE : s.health();
        double arc = 10;
        if (selected) {
            g.setStroke(p.selection());
            g.setLineWidth(3);
            g.strokeRoundRect(b.x() - 4, b.y() - 4, b.width() + 8, b.height() + 8, arc + 6, arc + 6);
        }
        g.setFill(p.nodeFill());
        g.fillRoundRect(b.x(), b.y(), b.width(), b.height(), arc, arc);
        g.setStroke(health == Health.NONE ? p.nodeStroke() : p.health(health));
        g.setLineWidth(hovered ? 2.5 : 1.5);
        if (health == Health.DOWN || notRunning) {
            g.setLineDashes(5, 3);
        }
        g.strokeRoundRect(b.x(), b.y(), b.width(), b.height(), arc, arc);
        g.setLineDashes((double[]) null);
        if (s != null && b.node().capacity() != null) {
            utilisationBar(g, b, s.utilization(), p);
        }
        NodeKind kind = NodeKind.of(b.node());
        KindGlyphs.draw(g, kind, b.x() + 19, b.centerY(), 20, p.text());
        if (text) {
            g.setFill(p.text());
            g.setFont(NAME_FONT);
            g.fillText(fit(b.node().id(), b.node().displayName(), NAME_FONT, b.width() - 44), b.x() + 36, b.y() + 20);
            if (s != null || notRunning) {
                g.setFill(p.mutedText());
                g.setFont(FIGURE_FONT);
                g.fillText(notRunning ? "not running yet" : figure(b.node(), s), b.x() + 36, b.y() + 37);
            }
        }
        if (s != null) {
            StatusBadges.health(g, health, b.maxX() - 1, b.y() + 1, 7, p);
            if (b.node().capacity() != null && !(b.node() instanceof TrafficSource)) {
                StatusBadges.instances(g, s.instancesReady(), s.instancesBooting(), b.maxX() + 6, b.maxY(), p);
            }
        }
    }

    private static String figure(Node n, NodeStatus s) {
        if (n instanceof TrafficSource || n.capacity() == null) {
            return Figures.rate(s.requestRate());
        }
        return Figures.compact(s.requestRate()) + "/s · " + Figures.millis(s.latencyP95Ms());
    }

    private static void utilisationBar(Pen g, NodeBox b, double utilisation, Palette p) {
        double inset = 8;
        double w = (b.width() - 2 * inset) * Math.clamp(utilisation, 0, 1);
        double y = b.maxY() - 7;
        g.setFill(p.grid());
        g.fillRoundRect(b.x() + inset, y, b.width() - 2 * inset, 3, 3, 3);
        g.setFill(utilisation > 0.9 ? p.health(Health.DOWN) : utilisation > 0.7 ? p.health(Health.DEGRADED)
                : p.health(Health.UP));
        g.fillRoundRect(b.x() + inset, y, w, 3, 3, 3);
    }

    /** The text, cut with an ellipsis to fit {@code width}; measured once per topology. */
    private String fit(String key, String full, Font font, double width) {
        return fittedNames.computeIfAbsent(key, k -> {
            measure.setFont(font);
            measure.setText(full);
            if (measure.getLayoutBounds().getWidth() <= width) {
                return full;
            }
            String cut = full;
            while (cut.length() > 1) {
                cut = cut.substring(0, cut.length() - 1);
                measure.setText(cut.strip() + "…");
                if (measure.getLayoutBounds().getWidth() <= width) {
                    return cut.strip() + "…";
                }
            }
            return cut;
        });
    }
}
