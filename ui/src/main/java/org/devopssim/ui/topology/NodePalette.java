package org.devopssim.ui.topology;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.devopssim.simulation.model.NodeKind;
import org.devopssim.ui.theme.ThemeManager;
import org.devopssim.ui.view.Tips;

/**
 * Every node kind with the icon the canvas draws for it. Drag one onto the canvas to create a
 * node there (inside the region or cluster it is dropped on); a click adds one in the middle of
 * the view. The drag is a plain press-drag-release, which works the same on every platform and
 * in headless tests, with the drop preview drawn by the canvas.
 */
public final class NodePalette extends ScrollPane {

    private static final double ICON = 22;
    private static final double DRAG_THRESHOLD = 4;

    private final TopologyCanvas target;
    private final ThemeManager themes;

    public NodePalette(TopologyCanvas target, ThemeManager themes) {
        this.target = target;
        this.themes = themes;
        setId("node-palette");
        getStyleClass().add("node-palette");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        Label title = new Label("Add");
        title.getStyleClass().add("panel-title");
        VBox items = new VBox(2, title);
        items.setPadding(new Insets(6, 6, 6, 6));
        for (NodeKind kind : NodeKind.values()) {
            items.getChildren().add(item(kind));
        }
        setContent(items);
        setMinWidth(USE_PREF_SIZE);
    }

    private HBox item(NodeKind kind) {
        Canvas icon = new Canvas(ICON + 4, ICON + 4);
        Runnable draw = () -> {
            var g = icon.getGraphicsContext2D();
            g.clearRect(0, 0, icon.getWidth(), icon.getHeight());
            KindGlyphs.draw(g, kind, icon.getWidth() / 2, icon.getHeight() / 2, ICON - 4, themes.palette().text());
        };
        draw.run();
        themes.themeProperty().addListener((obs, o, t) -> draw.run());
        Label label = new Label(kind.label());
        HBox item = new HBox(6, icon, label);
        item.setId("palette-" + kind.wireName());
        item.getStyleClass().add("palette-item");
        item.setAlignment(Pos.CENTER_LEFT);
        item.setPadding(new Insets(3, 8, 3, 4));
        item.setCursor(Cursor.OPEN_HAND);
        Tips.install(item, "Drag onto the topology to add a " + kind.label().toLowerCase()
                + (kind == NodeKind.REGION || kind == NodeKind.CLUSTER ? "; drop nodes into it afterwards"
                : "; drop it into a region or cluster to place it there") + ". A click adds one in the middle of the view.");
        double[] press = new double[2];
        boolean[] dragging = new boolean[1];
        item.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            press[0] = e.getSceneX();
            press[1] = e.getSceneY();
            dragging[0] = false;
        });
        item.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (!dragging[0] && Math.hypot(e.getSceneX() - press[0], e.getSceneY() - press[1]) < DRAG_THRESHOLD) {
                return;
            }
            dragging[0] = true;
            item.setCursor(Cursor.CLOSED_HAND);
            target.paletteDragOver(kind, e.getSceneX(), e.getSceneY());
        });
        item.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            item.setCursor(Cursor.OPEN_HAND);
            if (e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            if (dragging[0]) {
                target.paletteDrop(kind, e.getSceneX(), e.getSceneY());
            } else {
                target.addInView(kind);
            }
            dragging[0] = false;
        });
        return item;
    }
}
