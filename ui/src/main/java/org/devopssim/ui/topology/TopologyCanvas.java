package org.devopssim.ui.topology;

import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.scene.input.ContextMenuEvent;
import org.devopssim.simulation.model.Node;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.devopssim.simulation.engine.NodeStatus;
import org.devopssim.simulation.engine.Snapshot;
import org.devopssim.simulation.model.NodeKind;
import org.devopssim.ui.format.Figures;
import org.devopssim.ui.model.Selection;
import org.devopssim.ui.theme.ThemeManager;

/**
 * The live topology, drawn on one canvas: a scene graph of 500 cards with labels and badges
 * would cost thousands of nodes to lay out and style each frame, a canvas just repaints.
 * Drag pans, the wheel zooms around the pointer, a click selects, a double click on empty
 * space fits everything in view.
 */
public final class TopologyCanvas extends Region {

    private static final double DRAG_THRESHOLD = 4;

    private final Canvas canvas = new Canvas();
    private final TopologyPainter painter = new TopologyPainter();
    private final Viewport viewport = new Viewport();
    private final Selection selection;
    private final ThemeManager themes;
    private final Tooltip tooltip = new Tooltip();
    private TopologyLayout layout;
    private Snapshot snapshot;
    private String hoveredId;
    /** Until the user pans or zooms, the view keeps everything in sight as the window resizes. */
    private boolean autoFit = true;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean dragging;
    private BiConsumer<Node, Point2D> onNodeMenu = (n, p) -> { };

    public TopologyCanvas(Selection selection, ThemeManager themes) {
        this.selection = selection;
        this.themes = themes;
        getStyleClass().add("topology-canvas");
        setId("topology");
        getChildren().add(canvas);
        setMinSize(200, 150);
        tooltip.setShowDelay(Duration.millis(400));
        Tooltip.install(this, tooltip);
        tooltip.setText("Drag to pan, scroll to zoom, click a node to inspect it, double-click empty space to fit");
        selection.nodeIdProperty().addListener((obs, o, n) -> repaint());
        themes.themeProperty().addListener((obs, o, n) -> repaint());
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover(null));
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::menuRequested);
    }

    /** Called with the node and the screen point when the user asks for a node's context menu. */
    public void setOnNodeMenu(BiConsumer<Node, Point2D> handler) {
        onNodeMenu = handler;
    }

    /**
     * The menu key opens the selected node's menu. A right click is handled on release instead:
     * platforms differ in whether (and when) a click also requests a context menu, and headless
     * Monocle never does.
     */
    private void menuRequested(ContextMenuEvent e) {
        if (!e.isKeyboardTrigger() || layout == null || selection.getNodeId() == null) {
            return;
        }
        layout.box(selection.getNodeId()).ifPresent(box -> {
            Point2D at = viewport.toScreen(box.centerX(), box.centerY());
            onNodeMenu.accept(box.node(), localToScreen(at.getX(), at.getY()));
            e.consume();
        });
    }

    private void openMenuAt(MouseEvent e) {
        hitAt(e.getX(), e.getY()).ifPresent(box -> {
            selection.select(box.node().id());
            onNodeMenu.accept(box.node(), new Point2D(e.getScreenX(), e.getScreenY()));
        });
    }

    /** Shows a new snapshot; a new topology gets a new layout and is fitted in view. */
    public void apply(Snapshot s) {
        if (layout == null || layout.topology() != s.topology()) {
            layout = TopologyLayout.of(s.topology());
            autoFit = true;
            fitIfAuto();
        }
        snapshot = s;
        repaint();
    }

    public Optional<TopologyLayout> topologyLayout() {
        return Optional.ofNullable(layout);
    }

    /** Where a node's card is on screen, e.g. to click it. */
    public Optional<Point2D> screenPointOf(String nodeId) {
        return topologyLayout().flatMap(l -> l.box(nodeId)).map(b -> {
            Point2D local = viewport.toScreen(b.centerX(), b.centerY());
            return localToScreen(local.getX(), local.getY());
        });
    }

    public void fit() {
        autoFit = true;
        fitIfAuto();
        repaint();
    }

    public void zoomIn() {
        zoomAtCentre(1.25);
    }

    public void zoomOut() {
        zoomAtCentre(0.8);
    }

    private void zoomAtCentre(double factor) {
        autoFit = false;
        viewport.zoom(factor, getWidth() / 2, getHeight() / 2);
        repaint();
    }

    private void fitIfAuto() {
        if (autoFit && layout != null) {
            viewport.fit(layout.bounds(), getWidth(), getHeight());
        }
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            fitIfAuto();
            repaint();
        }
    }

    private void repaint() {
        painter.paint(canvas.getGraphicsContext2D(), canvas.getWidth(), canvas.getHeight(), layout, snapshot,
                viewport, selection.getNodeId(), hoveredId, themes.palette());
    }

    private void pressed(MouseEvent e) {
        pressX = lastX = e.getX();
        pressY = lastY = e.getY();
        dragging = false;
        requestFocus();
    }

    private void dragged(MouseEvent e) {
        if (!dragging && Math.hypot(e.getX() - pressX, e.getY() - pressY) < DRAG_THRESHOLD) {
            return;
        }
        dragging = true;
        autoFit = false;
        setCursor(Cursor.CLOSED_HAND);
        viewport.pan(e.getX() - lastX, e.getY() - lastY);
        lastX = e.getX();
        lastY = e.getY();
        repaint();
    }

    private void released(MouseEvent e) {
        setCursor(Cursor.DEFAULT);
        if (!dragging && e.getButton() == MouseButton.SECONDARY) {
            openMenuAt(e);
            return;
        }
        if (dragging || e.getButton() != MouseButton.PRIMARY) {
            dragging = false;
            return;
        }
        Optional<NodeBox> hit = hitAt(e.getX(), e.getY());
        if (hit.isPresent()) {
            selection.select(hit.get().node().id());
        } else if (e.getClickCount() >= 2) {
            fit();
        } else {
            selection.clear();
        }
    }

    private void moved(MouseEvent e) {
        hover(hitAt(e.getX(), e.getY()).filter(b -> !b.node().isContainer()).orElse(null));
    }

    private void hover(NodeBox box) {
        String id = box == null ? null : box.node().id();
        if (java.util.Objects.equals(id, hoveredId)) {
            return;
        }
        hoveredId = id;
        tooltip.setText(box == null
                ? "Drag to pan, scroll to zoom, click a node to inspect it, double-click empty space to fit"
                : describe(box));
        repaint();
    }

    private String describe(NodeBox box) {
        String text = box.node().displayName() + "\n" + NodeKind.of(box.node()).label();
        if (snapshot != null && snapshot.topology() == layout.topology()) {
            NodeStatus s = snapshot.nodes().get(box.index());
            text += "\nHealth: " + s.health().name().toLowerCase() + "\n" + Figures.rate(s.requestRate());
        }
        return text + "\nClick to inspect";
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        autoFit = false;
        viewport.zoom(Math.pow(1.0015, e.getDeltaY()), e.getX(), e.getY());
        repaint();
        e.consume();
    }

    private Optional<NodeBox> hitAt(double x, double y) {
        if (layout == null) {
            return Optional.empty();
        }
        Point2D w = viewport.toWorld(x, y);
        return layout.hit(w.getX(), w.getY());
    }
}
