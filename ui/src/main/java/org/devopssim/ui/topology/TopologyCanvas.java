package org.devopssim.ui.topology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.util.Duration;
import org.devopssim.simulation.engine.NodeStatus;
import org.devopssim.simulation.engine.Snapshot;
import org.devopssim.simulation.model.Node;
import org.devopssim.simulation.model.NodeKind;
import org.devopssim.simulation.model.Position;
import org.devopssim.simulation.model.Topology;
import org.devopssim.ui.edit.Edit;
import org.devopssim.ui.edit.EditRefusedException;
import org.devopssim.ui.edit.LinkChoice;
import org.devopssim.ui.edit.NewNodes;
import org.devopssim.ui.edit.TopologyDocument;
import org.devopssim.ui.edit.TopologyEdits;
import org.devopssim.ui.format.Figures;
import org.devopssim.ui.model.Selection;
import org.devopssim.ui.theme.Palette;
import org.devopssim.ui.theme.ThemeManager;
import org.devopssim.ui.view.Tips;

/**
 * The topology, drawn on one canvas: a scene graph of 500 cards with labels and badges would
 * cost thousands of nodes to lay out and style each frame, a canvas just repaints. It shows the
 * edited document's topology with the live status of the run matched by node id.
 *
 * <p>Without a document it only views: drag pans. With one ({@link #edit}) it is a diagram
 * editor: drag a card to move it (with the other selected cards), drag on empty space for a
 * rubber band, Ctrl-click to add to the selection, drag from a card's handle to another card to
 * link them; the right or middle button pans. The wheel zooms around the pointer, a double click
 * on empty space fits everything in view.
 */
public final class TopologyCanvas extends Region {

    private static final double DRAG_THRESHOLD = 4;
    /** Positions snap to this grid, in file units (what the topology file stores). */
    public static final double GRID = 10;
    private static final String VIEW_TIP = "Drag to pan, scroll to zoom, click a node to inspect it, double-click empty space to fit";
    private static final String EDIT_TIP = "Drag a node to move it · drag empty space to select several (Ctrl-click adds)"
            + " · drag from a node's + handle to another node to link them\nRight- or middle-drag pans · scroll zooms"
            + " · double-click empty space fits · Del deletes";
    private static final Font NOTE_FONT = Font.font("System", 11.5);

    private enum Gesture { NONE, PAN, MOVE, RUBBER_BAND, LINK }

    private final Canvas canvas = new Canvas();
    /** The moving traffic, over the picture: cheap to redraw every frame, where the picture is not. */
    private final Canvas flowLayer = new Canvas();
    private final TopologyPainter painter = new TopologyPainter();
    private final LinkFlow flow = new LinkFlow();
    private final Minimap minimap = new Minimap(this::centreOn);
    private final BooleanProperty minimapAllowed = new SimpleBooleanProperty(this, "minimapAllowed", true);
    /** Moves the traffic on the links while the run plays; paints at most once a pulse. */
    private final AnimationTimer animation = new AnimationTimer() {
        @Override
        public void handle(long now) {
            animate(now);
        }
    };
    /**
     * While the run plays, the picture (cards, figures, link widths) is redrawn at most this often:
     * at 60x a new second arrives every frame, more than anyone reads, and rasterising 500 cards in
     * software takes longer than a frame. The traffic layer still moves every frame.
     */
    static final long PICTURE_INTERVAL_NANOS = 100_000_000L;
    private final Runnable paintBeforeLayout = this::paintIfDue;
    private boolean paintDue;
    private boolean flowDue;
    private long picturePaintedAt;
    private long lastPulse;
    /** Whose rates the flow follows, so it is told once per snapshot. */
    private Snapshot flowFollows;
    private TopologyLayout flowLayout;
    /** A recorded moment shown instead of the live snapshot while the user travels back in time. */
    private Snapshot past;
    private final Viewport viewport = new Viewport();
    private final Selection selection;
    private final ThemeManager themes;
    private final BooleanProperty snapToGrid = new SimpleBooleanProperty(this, "snapToGrid", true);
    private final Text measure = new Text();
    private TopologyLayout layout;
    private Snapshot snapshot;
    private LiveIndex live;
    private String hoveredId;
    /** Until the user pans or zooms, the view keeps everything in sight as the window resizes. */
    private boolean autoFit = true;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean dragging;
    private BiConsumer<Node, Point2D> onNodeMenu = (n, p) -> { };

    private TopologyDocument document;
    private long fittedGeneration = -1;
    private Consumer<String> onRefusal = reason -> { };
    private Gesture gesture = Gesture.NONE;
    /** The node (or container title) pressed, for a click or a move. */
    private String pressedId;
    private boolean pressedWithShortcut;
    private String linkFrom;
    private String linkTo;
    private LinkChoice linkChoice;
    private NodeKind paletteKind;
    private Point2D paletteWorld;
    /** A link the user clicked; Delete removes it. Links are not part of the node selection. */
    private org.devopssim.simulation.model.Link selectedLink;

    public TopologyCanvas(Selection selection, ThemeManager themes) {
        this.selection = selection;
        this.themes = themes;
        getStyleClass().add("topology-canvas");
        setId("topology");
        flowLayer.setMouseTransparent(true);
        getChildren().addAll(canvas, flowLayer, minimap);
        minimap.setVisible(false);
        minimapAllowed.addListener((obs, o, n) -> repaint());
        sceneProperty().addListener((obs, o, n) -> {
            if (o != null) {
                o.removePreLayoutPulseListener(paintBeforeLayout);
                animation.stop();
            }
            if (n != null) {
                n.addPreLayoutPulseListener(paintBeforeLayout);
                animation.start();
            }
        });
        setMinSize(200, 150);
        setFocusTraversable(true);
        Tips.install(this, VIEW_TIP, Duration.millis(400));
        selection.nodeIdProperty().addListener((obs, o, n) -> repaint());
        selection.idsProperty().addListener((obs, o, n) -> repaint());
        themes.themeProperty().addListener((obs, o, n) -> repaint());
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover(null));
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::menuRequested);
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && gesture != Gesture.NONE) {
                cancelGesture();
                e.consume();
            } else if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) && selectedLink != null) {
                // Consumed here, so the Edit menu's Delete (for nodes) does not also fire.
                execute(TopologyEdits.deleteLink(selectedLink));
                selectedLink = null;
                repaint();
                e.consume();
            }
        });
        selection.idsProperty().addListener((obs, o, ids) -> {
            if (!ids.isEmpty()) {
                selectedLink = null;
            }
        });
    }

    /**
     * Makes the canvas an editor of {@code doc}: it shows the document's topology and every
     * gesture becomes an edit of it. {@code refusal} is told why an edit was refused.
     */
    public void edit(TopologyDocument doc, Consumer<String> refusal) {
        this.document = Objects.requireNonNull(doc);
        this.onRefusal = Objects.requireNonNull(refusal);
        Tips.install(this, EDIT_TIP);
        // The document counts a new generation before it shows the new topology: fit on the topology's change.
        doc.topologyProperty().addListener((obs, o, t) -> showDocument());
        showDocument();
    }

    public boolean isEditing() {
        return document != null;
    }

    /** Snap moved and dropped nodes to a {@link #GRID} grid (on by default). */
    public BooleanProperty snapToGridProperty() {
        return snapToGrid;
    }

    private void showDocument() {
        Topology t = document.topology();
        if (selectedLink != null && !t.links().contains(selectedLink)) {
            selectedLink = null;
        }
        if (layout != null && layout.topology() == t && fittedGeneration == document.generation()) {
            return;
        }
        boolean opened = fittedGeneration != document.generation();
        fittedGeneration = document.generation();
        layout = TopologyLayout.of(t);
        if (opened) {
            // A new topology (preset, file): show all of it. An edit keeps the user's view.
            autoFit = true;
            fitIfAuto();
        }
        repaint();
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
            if (!selection.isSelected(box.node().id())) {
                selection.select(box.node().id());
            }
            onNodeMenu.accept(box.node(), new Point2D(e.getScreenX(), e.getScreenY()));
        });
    }

    /**
     * Shows a new snapshot: its live status; without a document, also its topology (fitted in view
     * when new). Painted before the pulse's layout, once however many snapshots came.
     */
    public void apply(Snapshot s) {
        if (document == null && (layout == null || layout.topology() != s.topology())) {
            layout = TopologyLayout.of(s.topology());
            autoFit = true;
            fitIfAuto();
        }
        snapshot = s;
        paintSoon();
    }

    /**
     * Shows a recorded moment (statuses and link rates of a past second of the run) instead of the
     * live snapshot, until {@link #showLive()}.
     */
    public void showMoment(Snapshot moment) {
        past = Objects.requireNonNull(moment);
        repaint();
    }

    /** Back to the live snapshot after {@link #showMoment}. */
    public void showLive() {
        if (past != null) {
            past = null;
            repaint();
        }
    }

    /** Whether a recorded moment is shown rather than the live run. */
    public boolean showsPast() {
        return past != null;
    }

    /** The snapshot the canvas draws: the recorded moment while travelling, else the live one. */
    private Snapshot shown() {
        return past != null ? past : snapshot;
    }

    /** The status the canvas shows for a node (colour, badges, figures), empty when the run does not have it. */
    public Optional<NodeStatus> shownStatus(String nodeId) {
        Snapshot s = shown();
        if (s == null || layout == null) {
            return Optional.empty();
        }
        LiveIndex index = LiveIndex.of(live, layout.topology(), s.topology());
        return layout.box(nodeId).map(b -> index.node(b.index())).filter(i -> i >= 0).map(i -> s.nodes().get(i));
    }

    /** Show the minimap when the topology does not fit the view (View > Minimap; on by default). */
    public BooleanProperty minimapAllowedProperty() {
        return minimapAllowed;
    }

    /** The overview in the corner; visible only when allowed and the topology does not fit the view. */
    public Minimap minimap() {
        return minimap;
    }

    /** The world point at the middle of the view. */
    public Point2D viewCentre() {
        return viewport.toWorld(getWidth() / 2, getHeight() / 2);
    }

    /** Pans so that a world point is in the middle of the view (the minimap's click). */
    void centreOn(Point2D world) {
        autoFit = false;
        Point2D at = viewport.toScreen(world.getX(), world.getY());
        viewport.pan(getWidth() / 2 - at.getX(), getHeight() / 2 - at.getY());
        repaint();
    }

    private void paintSoon() {
        if (!paintDue) {
            paintDue = true;
            javafx.application.Platform.requestNextPulse();
        }
    }

    private void paintIfDue() {
        Snapshot s = shown();
        boolean running = s != null && s.state() == Snapshot.RunState.RUNNING;
        if (paintDue && (!running || System.nanoTime() - picturePaintedAt >= PICTURE_INTERVAL_NANOS)) {
            repaint();
        } else if (flowDue) {
            paintFlow();
        }
        if (paintDue) {
            // Held back by the picture rate: look again on the next frame.
            javafx.application.Platform.requestNextPulse();
        }
    }

    private void paintFlow() {
        flowDue = false;
        painter.paintFlow(flowLayer.getGraphicsContext2D(), flowLayer.getWidth(), flowLayer.getHeight(), layout, shown(),
                live, viewport, themes.palette(), flow);
    }

    private void animate(long now) {
        double seconds = lastPulse == 0 ? 0 : Math.min(0.1, (now - lastPulse) / 1e9);
        lastPulse = now;
        Snapshot s = shown();
        if (past == null && s != null && s.state() == Snapshot.RunState.RUNNING && flow.moving() && seconds > 0) {
            flow.advance(seconds);
            flowDue = true;
        }
    }

    public Optional<TopologyLayout> topologyLayout() {
        return Optional.ofNullable(layout);
    }

    /** Where a node's card is on screen, e.g. to click it. */
    public Optional<Point2D> screenPointOf(String nodeId) {
        return topologyLayout().flatMap(l -> l.box(nodeId)).map(b -> screenPoint(b.centerX(), b.centerY()));
    }

    /** Where a node's link handle is on screen. */
    public Optional<Point2D> handlePointOf(String nodeId) {
        return topologyLayout().flatMap(l -> l.box(nodeId)).map(b -> screenPoint(b.maxX(), b.centerY()));
    }

    /** The screen point of a world point. */
    public Point2D screenPoint(double worldX, double worldY) {
        Point2D local = viewport.toScreen(worldX, worldY);
        return localToScreen(local.getX(), local.getY());
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

    /** Selects a node and brings it to the middle of the view at the current zoom (View > Find Node). */
    public void reveal(String nodeId) {
        if (layout == null) {
            return;
        }
        layout.box(nodeId).ifPresent(box -> {
            selection.select(nodeId);
            autoFit = false;
            Point2D at = viewport.toScreen(box.centerX(), box.centerY());
            viewport.pan(getWidth() / 2 - at.getX(), getHeight() / 2 - at.getY());
            repaint();
        });
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
            flowLayer.setWidth(w);
            flowLayer.setHeight(h);
            fitIfAuto();
            repaint();
        }
    }

    private void repaint() {
        paintDue = false;
        picturePaintedAt = System.nanoTime();
        Palette p = themes.palette();
        GraphicsContext g = canvas.getGraphicsContext2D();
        Snapshot s = shown();
        if (layout != null && s != null) {
            live = LiveIndex.of(live, layout.topology(), s.topology());
            if (s != flowFollows || layout != flowLayout) {
                flowFollows = s;
                flowLayout = layout;
                flow.follow(layout, s, live);
            }
        }
        painter.paint(g, canvas.getWidth(), canvas.getHeight(), layout, s, live, viewport, selection.ids(),
                hoveredId, p, document != null);
        if (layout != null && document != null) {
            overlay(g, p);
        }
        paintFlow();
        updateMinimap(s, p);
    }

    private void updateMinimap(Snapshot s, Palette p) {
        boolean show = minimapAllowed.get() && layout != null && !layout.leaves().isEmpty() && !fitsInView();
        minimap.setVisible(show);
        if (show) {
            minimap.update(layout, s, live, viewport, canvas.getWidth(), canvas.getHeight(), p, System.nanoTime());
            double margin = 12;
            minimap.relocate(Math.max(0, getWidth() - minimap.getWidth() - margin),
                    Math.max(0, getHeight() - minimap.getHeight() - margin));
        }
    }

    /** Whether the whole topology is inside the view (to a pixel). */
    private boolean fitsInView() {
        javafx.geometry.Bounds b = layout.bounds();
        Point2D min = viewport.toScreen(b.getMinX(), b.getMinY());
        Point2D max = viewport.toScreen(b.getMaxX(), b.getMaxY());
        return min.getX() >= -1 && min.getY() >= -1 && max.getX() <= canvas.getWidth() + 1
                && max.getY() <= canvas.getHeight() + 1;
    }

    // ---- gestures -------------------------------------------------------------------------

    private void pressed(MouseEvent e) {
        pressX = lastX = e.getX();
        pressY = lastY = e.getY();
        dragging = false;
        requestFocus();
        gesture = Gesture.NONE;
        pressedId = null;
        pressedWithShortcut = e.isShortcutDown();
        if (e.getButton() != MouseButton.PRIMARY || document == null) {
            gesture = Gesture.PAN;
            return;
        }
        Point2D w = viewport.toWorld(e.getX(), e.getY());
        Optional<NodeBox> handle = handleAt(w);
        if (handle.isPresent()) {
            gesture = Gesture.LINK;
            linkFrom = handle.get().node().id();
            pressedId = linkFrom;
            return;
        }
        Optional<NodeBox> hit = layout == null ? Optional.empty() : layout.hit(w.getX(), w.getY());
        if (hit.isPresent()) {
            pressedId = hit.get().node().id();
            boolean grabbed = !hit.get().node().isContainer() || TopologyLayout.onTitleBand(hit.get(), w.getX(), w.getY());
            gesture = grabbed ? Gesture.MOVE : Gesture.RUBBER_BAND;
        } else {
            gesture = Gesture.RUBBER_BAND;
        }
    }

    private void dragged(MouseEvent e) {
        if (!dragging && Math.hypot(e.getX() - pressX, e.getY() - pressY) < DRAG_THRESHOLD) {
            return;
        }
        if (!dragging && gesture == Gesture.MOVE && !selection.isSelected(pressedId)) {
            if (pressedWithShortcut) {
                selection.toggle(pressedId);
            } else {
                selection.select(pressedId);
            }
        }
        dragging = true;
        switch (gesture) {
            case PAN -> {
                autoFit = false;
                setCursor(Cursor.CLOSED_HAND);
                viewport.pan(e.getX() - lastX, e.getY() - lastY);
            }
            case MOVE -> setCursor(Cursor.MOVE);
            case LINK -> {
                setCursor(Cursor.CROSSHAIR);
                String target = linkTargetAt(e.getX(), e.getY());
                if (!Objects.equals(target, linkTo)) {
                    linkTo = target;
                    linkChoice = target == null ? null : LinkChoice.between(document.topology(), linkFrom, target);
                }
            }
            default -> {
            }
        }
        lastX = e.getX();
        lastY = e.getY();
        repaint();
    }

    private void released(MouseEvent e) {
        setCursor(Cursor.DEFAULT);
        Gesture done = gesture;
        gesture = Gesture.NONE;
        if (!dragging) {
            if (e.getButton() == MouseButton.SECONDARY) {
                openMenuAt(e);
            } else if (e.getButton() == MouseButton.PRIMARY) {
                click(e);
            }
            resetLink();
            repaint();
            return;
        }
        dragging = false;
        // Drag events may be coalesced: where the button went up is where the gesture ends.
        lastX = e.getX();
        lastY = e.getY();
        if (done == Gesture.LINK) {
            linkTo = linkTargetAt(e.getX(), e.getY());
        }
        switch (done) {
            case MOVE -> finishMove();
            case RUBBER_BAND -> finishRubberBand(e.isShortcutDown());
            case LINK -> finishLink();
            default -> {
            }
        }
        resetLink();
        repaint();
    }

    /** The card under a screen point that a link being dragged would end at, or null. */
    private String linkTargetAt(double x, double y) {
        Point2D w = viewport.toWorld(x, y);
        return layout.hit(w.getX(), w.getY()).filter(b -> !b.node().isContainer())
                .map(b -> b.node().id()).filter(id -> !id.equals(linkFrom)).orElse(null);
    }

    private void click(MouseEvent e) {
        Optional<NodeBox> hit = hitAt(e.getX(), e.getY());
        // A link over a region or cluster is picked before the container under it.
        boolean onCard = hit.isPresent() && !hit.get().node().isContainer();
        Optional<org.devopssim.simulation.model.Link> link = onCard || document == null ? Optional.empty()
                : linkAt(e.getX(), e.getY());
        if (hit.isPresent() && link.isEmpty()) {
            selectedLink = null;
            if (e.isShortcutDown() && document != null) {
                selection.toggle(hit.get().node().id());
            } else {
                selection.select(hit.get().node().id());
            }
            return;
        }
        if (link.isPresent()) {
            selection.clear();
            selectedLink = link.get();
            onRefusal.accept("Link '" + selectedLink.from() + "' to '" + selectedLink.to() + "' ("
                    + selectedLink.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                    + ") selected: Delete removes it.");
        } else if (e.getClickCount() >= 2) {
            fit();
        } else if (!e.isShortcutDown()) {
            selection.clear();
            selectedLink = null;
        }
    }

    /** The link whose line passes within a few pixels of a screen point. */
    private Optional<org.devopssim.simulation.model.Link> linkAt(double x, double y) {
        if (layout == null) {
            return Optional.empty();
        }
        Point2D w = viewport.toWorld(x, y);
        double tolerance = 5 / viewport.scale();
        for (org.devopssim.simulation.model.Link l : layout.topology().links()) {
            Optional<double[]> line = linkLine(l);
            if (line.isPresent() && distance(w.getX(), w.getY(), line.get()) <= tolerance) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** A link's line as the painter draws it: from edge to edge of the two cards. */
    private Optional<double[]> linkLine(org.devopssim.simulation.model.Link l) {
        NodeBox from = layout.box(l.from()).orElse(null);
        NodeBox to = layout.box(l.to()).orElse(null);
        if (from == null || to == null) {
            return Optional.empty();
        }
        double[] a = TopologyPainter.edgePoint(from, to.centerX(), to.centerY());
        double[] b = TopologyPainter.edgePoint(to, from.centerX(), from.centerY());
        return Optional.of(new double[] {a[0], a[1], b[0], b[1]});
    }

    private static double distance(double px, double py, double[] s) {
        double dx = s[2] - s[0];
        double dy = s[3] - s[1];
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.clamp(((px - s[0]) * dx + (py - s[1]) * dy) / len2, 0, 1);
        return Math.hypot(px - (s[0] + t * dx), py - (s[1] + t * dy));
    }

    private void cancelGesture() {
        gesture = Gesture.NONE;
        dragging = false;
        resetLink();
        setCursor(Cursor.DEFAULT);
        repaint();
    }

    private void resetLink() {
        linkFrom = null;
        linkTo = null;
        linkChoice = null;
    }

    /** The world offset of the drag so far, snapped so that the pressed card lands on the grid. */
    private Point2D moveDelta() {
        double dx = (lastX - pressX) / viewport.scale();
        double dy = (lastY - pressY) / viewport.scale();
        NodeBox anchor = layout.box(pressedId).orElse(null);
        if (!snapToGrid.get() || anchor == null || anchor.node().isContainer() && anchor.node().position() == null) {
            return new Point2D(dx, dy);
        }
        double cx = anchor.centerX() + dx;
        double cy = anchor.centerY() + dy;
        double sx = snap(cx / TopologyLayout.SPREAD_X) * TopologyLayout.SPREAD_X;
        double sy = snap(cy / TopologyLayout.SPREAD_Y) * TopologyLayout.SPREAD_Y;
        return new Point2D(sx - anchor.centerX(), sy - anchor.centerY());
    }

    private double snap(double fileUnits) {
        return snapToGrid.get() ? Math.round(fileUnits / GRID) * GRID : fileUnits;
    }

    /** The selected nodes and everything inside the selected containers. */
    private Set<String> movingIds() {
        return TopologyEdits.withDescendants(document.topology(), selection.ids());
    }

    private void finishMove() {
        Topology t = document.topology();
        Set<String> moving = movingIds();
        Point2D d = moveDelta();
        Set<String> movingContainers = new LinkedHashSet<>();
        for (String id : moving) {
            t.node(id).filter(Node::isContainer).ifPresent(n -> movingContainers.add(id));
        }
        List<TopologyEdits.Placement> placements = new ArrayList<>();
        for (Node n : t.nodes()) {
            if (!moving.contains(n.id())) {
                continue;
            }
            Optional<NodeBox> box = layout.box(n.id());
            if (n.isContainer()) {
                // A container sized by its children moves with them; one with its own place moves too.
                Position p = n.position() == null ? null
                        : new Position(snap(n.position().x() + d.getX() / TopologyLayout.SPREAD_X),
                        snap(n.position().y() + d.getY() / TopologyLayout.SPREAD_Y));
                placements.add(new TopologyEdits.Placement(n.id(), p, n.parent()));
                continue;
            }
            if (box.isEmpty()) {
                continue;
            }
            double cx = box.get().centerX() + d.getX();
            double cy = box.get().centerY() + d.getY();
            // Moved out of its container, or into another: the container under the card's centre holds it.
            String parent = n.parent() != null && moving.contains(n.parent()) ? n.parent()
                    : layout.containerAt(cx, cy, movingContainers).map(b -> b.node().id()).orElse(null);
            placements.add(new TopologyEdits.Placement(n.id(), toFile(cx, cy), parent));
        }
        Map<String, Position> anchors = new HashMap<>();
        for (NodeBox c : layout.containers()) {
            anchors.put(c.node().id(), new Position(c.centerX() / TopologyLayout.SPREAD_X,
                    c.centerY() / TopologyLayout.SPREAD_Y));
        }
        if (!placements.isEmpty() && (d.getX() != 0 || d.getY() != 0)) {
            execute(TopologyEdits.move(placements, anchors));
        }
    }

    /** A world point as a position in file units, snapped. */
    private Position toFile(double worldX, double worldY) {
        return new Position(snap(worldX / TopologyLayout.SPREAD_X), snap(worldY / TopologyLayout.SPREAD_Y));
    }

    private void finishRubberBand(boolean add) {
        Point2D a = viewport.toWorld(pressX, pressY);
        Point2D b = viewport.toWorld(lastX, lastY);
        double x0 = Math.min(a.getX(), b.getX());
        double y0 = Math.min(a.getY(), b.getY());
        double x1 = Math.max(a.getX(), b.getX());
        double y1 = Math.max(a.getY(), b.getY());
        Set<String> picked = new LinkedHashSet<>(add ? selection.ids() : Set.of());
        for (NodeBox box : layout.leaves()) {
            if (box.x() < x1 && box.maxX() > x0 && box.y() < y1 && box.maxY() > y0) {
                picked.add(box.node().id());
            }
        }
        selection.selectAll(picked, selection.getNodeId());
    }

    private void finishLink() {
        if (linkFrom == null || linkTo == null) {
            return;
        }
        try {
            execute(TopologyEdits.link(document.topology(), linkFrom, linkTo));
        } catch (EditRefusedException refused) {
            onRefusal.accept("Not linked: " + refused.getMessage());
        }
    }

    /** Runs an edit on the document; a refusal goes to the user instead of changing anything. */
    private boolean execute(Edit edit) {
        try {
            document.execute(edit);
            return true;
        } catch (EditRefusedException refused) {
            onRefusal.accept(refused.getMessage());
            return false;
        }
    }

    // ---- palette drops ----------------------------------------------------------------------

    /** Shows where a node dragged from the palette would land; a scene point outside the canvas hides it. */
    public void paletteDragOver(NodeKind kind, double sceneX, double sceneY) {
        Point2D local = sceneToLocal(sceneX, sceneY);
        boolean inside = document != null && local != null && local.getX() >= 0 && local.getY() >= 0
                && local.getX() <= getWidth() && local.getY() <= getHeight();
        paletteKind = inside ? kind : null;
        paletteWorld = inside ? viewport.toWorld(local.getX(), local.getY()) : null;
        repaint();
    }

    /**
     * Drops a new node of {@code kind} at a scene point: inside the region or cluster under it,
     * selected afterwards.
     *
     * @return whether the point was on the canvas and the node was added
     */
    public boolean paletteDrop(NodeKind kind, double sceneX, double sceneY) {
        paletteDragOver(kind, sceneX, sceneY);
        Point2D w = paletteWorld;
        paletteKind = null;
        paletteWorld = null;
        repaint();
        return w != null && addAt(kind, w);
    }

    /** Adds a node of {@code kind} in the middle of the view (a click on the palette). */
    public boolean addInView(NodeKind kind) {
        return document != null && addAt(kind, viewport.toWorld(getWidth() / 2, getHeight() / 2));
    }

    private boolean addAt(NodeKind kind, Point2D world) {
        Topology t = document.topology();
        String parent = null;
        if (kind != NodeKind.REGION && layout != null) {
            parent = layout.containerAt(world.getX(), world.getY(), Set.of())
                    // A cluster goes into a region, not into another cluster.
                    .filter(b -> kind != NodeKind.CLUSTER || b.node() instanceof org.devopssim.simulation.model.CloudRegion)
                    .map(b -> b.node().id()).orElse(null);
        }
        Node node = NewNodes.create(kind, t, toFile(world.getX(), world.getY()), parent);
        if (execute(TopologyEdits.add(node))) {
            selection.select(node.id());
            return true;
        }
        return false;
    }

    // ---- drawing of gestures in progress -----------------------------------------------------

    private void overlay(GraphicsContext g, Palette p) {
        g.setTransform(viewport.scale(), 0, 0, viewport.scale(), viewport.offsetX(), viewport.offsetY());
        Color accent = p.selection();
        if (gesture == Gesture.MOVE && dragging) {
            Point2D d = moveDelta();
            Set<String> moving = movingIds();
            for (NodeBox b : layout.leaves()) {
                if (moving.contains(b.node().id())) {
                    ghostCard(g, NodeKind.of(b.node()), b.x() + d.getX(), b.y() + d.getY(), p);
                }
            }
            for (NodeBox b : layout.containers()) {
                if (moving.contains(b.node().id())) {
                    g.setStroke(accent);
                    g.setLineWidth(1.5);
                    g.setLineDashes(6, 4);
                    g.strokeRoundRect(b.x() + d.getX(), b.y() + d.getY(), b.width(), b.height(), 12, 12);
                    g.setLineDashes((double[]) null);
                }
            }
        }
        if (selectedLink != null) {
            linkLine(selectedLink).ifPresent(l -> {
                g.setStroke(accent.deriveColor(0, 1, 1, 0.55));
                g.setLineWidth(Math.max(6, 8 / viewport.scale()));
                g.strokeLine(l[0], l[1], l[2], l[3]);
            });
        }
        if (paletteKind != null && paletteWorld != null) {
            Position at = toFile(paletteWorld.getX(), paletteWorld.getY());
            double cx = at.x() * TopologyLayout.SPREAD_X;
            double cy = at.y() * TopologyLayout.SPREAD_Y;
            if (paletteKind == NodeKind.REGION || paletteKind == NodeKind.CLUSTER) {
                g.setStroke(accent);
                g.setLineWidth(1.5);
                g.setLineDashes(6, 4);
                Node shape = NewNodes.create(paletteKind, document.topology(), at, null);
                double w = TopologyLayout.ownWidth(shape);
                double h = TopologyLayout.ownHeight(shape);
                g.strokeRoundRect(cx - w / 2, cy - h / 2, w, h, 12, 12);
                g.setLineDashes((double[]) null);
            } else {
                ghostCard(g, paletteKind, cx - TopologyLayout.NODE_WIDTH / 2, cy - TopologyLayout.NODE_HEIGHT / 2, p);
            }
        }
        if (gesture == Gesture.LINK && dragging && linkFrom != null) {
            NodeBox from = layout.box(linkFrom).orElse(null);
            if (from != null) {
                Point2D pointer = viewport.toWorld(lastX, lastY);
                boolean refused = linkChoice != null && !linkChoice.allowed();
                Color c = refused ? p.health(org.devopssim.simulation.engine.Health.DOWN) : accent;
                g.setStroke(c);
                g.setLineWidth(2.5 / Math.max(0.5, viewport.scale()));
                g.setLineDashes(refused ? new double[] {6, 4} : null);
                g.strokeLine(from.maxX(), from.centerY(), pointer.getX(), pointer.getY());
                g.setLineDashes((double[]) null);
                layout.box(linkTo).ifPresent(b -> {
                    g.setLineWidth(3);
                    g.strokeRoundRect(b.x() - 4, b.y() - 4, b.width() + 8, b.height() + 8, 16, 16);
                });
            }
        }
        g.setTransform(1, 0, 0, 1, 0, 0);
        if (layout.leaves().isEmpty() && layout.containers().isEmpty() && paletteKind == null) {
            g.setFill(p.mutedText());
            g.setFont(NOTE_FONT);
            g.setTextAlign(javafx.scene.text.TextAlignment.CENTER);
            g.fillText("An empty topology: drag nodes from the palette on the left onto the canvas,\n"
                    + "then drag from a node's + handle to another node to link them.", getWidth() / 2, getHeight() / 2);
            g.setTextAlign(javafx.scene.text.TextAlignment.LEFT);
        }
        if (gesture == Gesture.RUBBER_BAND && dragging) {
            double x = Math.min(pressX, lastX);
            double y = Math.min(pressY, lastY);
            g.setFill(accent.deriveColor(0, 1, 1, 0.12));
            g.fillRect(x, y, Math.abs(lastX - pressX), Math.abs(lastY - pressY));
            g.setStroke(accent);
            g.setLineWidth(1);
            g.setLineDashes(4, 3);
            g.strokeRect(x, y, Math.abs(lastX - pressX), Math.abs(lastY - pressY));
            g.setLineDashes((double[]) null);
        }
        if (gesture == Gesture.LINK && dragging && linkChoice != null) {
            note(g, linkChoice.allowed() ? "Link: " + linkChoice.describe() : linkChoice.refusal(), lastX + 14, lastY + 16,
                    !linkChoice.allowed(), p);
        }
    }

    private static void ghostCard(GraphicsContext g, NodeKind kind, double x, double y, Palette p) {
        g.setFill(p.nodeFill().deriveColor(0, 1, 1, 0.75));
        g.fillRoundRect(x, y, TopologyLayout.NODE_WIDTH, TopologyLayout.NODE_HEIGHT, 10, 10);
        g.setStroke(p.selection());
        g.setLineWidth(1.5);
        g.setLineDashes(5, 3);
        g.strokeRoundRect(x, y, TopologyLayout.NODE_WIDTH, TopologyLayout.NODE_HEIGHT, 10, 10);
        g.setLineDashes((double[]) null);
        KindGlyphs.draw(g, kind, x + 19, y + TopologyLayout.NODE_HEIGHT / 2, 20, p.mutedText());
        g.setFill(p.mutedText());
        g.setFont(NOTE_FONT);
        g.fillText(kind.label(), x + 36, y + TopologyLayout.NODE_HEIGHT / 2 + 4);
    }

    /** A boxed note near the pointer, wrapped to a readable width; red when it is a refusal. */
    private void note(GraphicsContext g, String text, double x, double y, boolean refusal, Palette p) {
        List<String> lines = wrap(text, 300);
        double w = 0;
        measure.setFont(NOTE_FONT);
        for (String line : lines) {
            measure.setText(line);
            w = Math.max(w, measure.getLayoutBounds().getWidth());
        }
        double lineHeight = 15;
        double h = lines.size() * lineHeight + 8;
        w += 14;
        x = Math.min(x, canvas.getWidth() - w - 4);
        y = Math.min(y, canvas.getHeight() - h - 4);
        Color edge = refusal ? p.health(org.devopssim.simulation.engine.Health.DOWN) : p.selection();
        g.setFill(p.panel());
        g.fillRoundRect(x, y, w, h, 8, 8);
        g.setStroke(edge);
        g.setLineWidth(1.5);
        g.strokeRoundRect(x, y, w, h, 8, 8);
        g.setFill(p.text());
        g.setFont(NOTE_FONT);
        g.setTextBaseline(VPos.TOP);
        for (int i = 0; i < lines.size(); i++) {
            g.fillText(lines.get(i), x + 7, y + 4 + i * lineHeight);
        }
        g.setTextBaseline(VPos.BASELINE);
    }

    private List<String> wrap(String text, double width) {
        List<String> lines = new ArrayList<>();
        measure.setFont(NOTE_FONT);
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            measure.setText(candidate);
            if (measure.getLayoutBounds().getWidth() > width && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    // ---- hover, zoom, hit-testing -----------------------------------------------------------

    private void moved(MouseEvent e) {
        // The handle sticks out of its card: over it, the card stays hovered so the handle stays.
        Optional<NodeBox> handle = handleAt(viewport.toWorld(e.getX(), e.getY()));
        if (handle.isPresent()) {
            hover(handle.get());
            setCursor(Cursor.CROSSHAIR);
            return;
        }
        hover(hitAt(e.getX(), e.getY()).filter(b -> !b.node().isContainer()).orElse(null));
        setCursor(Cursor.DEFAULT);
    }

    private void hover(NodeBox box) {
        String id = box == null ? null : box.node().id();
        if (Objects.equals(id, hoveredId)) {
            return;
        }
        hoveredId = id;
        Tips.install(this, box == null ? (document == null ? VIEW_TIP : EDIT_TIP) : describe(box));
        repaint();
    }

    private String describe(NodeBox box) {
        String text = box.node().displayName() + "\n" + NodeKind.of(box.node()).label();
        Snapshot shown = shown();
        int running = shown == null || live == null ? -1 : live.node(box.index());
        if (running >= 0) {
            NodeStatus s = shown.nodes().get(running);
            text += "\nHealth: " + s.health().name().toLowerCase() + "\n" + Figures.rate(s.requestRate());
        } else if (snapshot != null) {
            text += "\nNot running yet: Reset (Ctrl+R) runs the edited topology";
        }
        return text + (document == null ? "\nClick to inspect" : "\nClick to inspect · drag to move · drag the + handle to link");
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

    /** The card whose link handle is under a world point; handles show on hovered and selected cards. */
    private Optional<NodeBox> handleAt(Point2D w) {
        if (layout == null || document == null) {
            return Optional.empty();
        }
        double r = Math.max(TopologyPainter.HANDLE_RADIUS + 2, 7 / viewport.scale());
        for (int i = layout.leaves().size() - 1; i >= 0; i--) {
            NodeBox b = layout.leaves().get(i);
            boolean shown = b.node().id().equals(hoveredId) || selection.isSelected(b.node().id());
            if (shown && Math.hypot(w.getX() - b.maxX(), w.getY() - b.centerY()) <= r) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }
}
