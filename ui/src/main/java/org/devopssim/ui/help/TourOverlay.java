package org.devopssim.ui.help;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.PopOver;
import org.devopssim.ui.theme.ThemeManager;

/** Shows the tour's current step in a popover pointing at its control, which it outlines. */
public final class TourOverlay {

    private static final String HIGHLIGHT = "tour-target";
    private static final double LARGE = 300;
    private final GuidedTour tour;
    private final Scene scene;
    private final PopOver pop = new PopOver();
    private final Label progress = new Label();
    private final Label title = new Label();
    private final Label text = new Label();
    private final Button back = new Button("Back");
    private final Button next = new Button("Next");
    private final ThemeManager themes;
    private Node highlighted;

    public TourOverlay(GuidedTour tour, Scene scene, ThemeManager themes) {
        this.tour = tour;
        this.themes = themes;
        this.scene = scene;
        progress.setId("tour-progress");
        progress.getStyleClass().add("muted");
        title.setId("tour-title");
        title.getStyleClass().add("help-popover-title");
        text.setId("tour-text");
        text.setWrapText(true);
        text.setMaxWidth(HelpCenter.POPOVER_WIDTH + 40);
        text.setMinHeight(Region.USE_PREF_SIZE);
        back.setId("tour-back");
        back.setOnAction(e -> tour.back());
        next.setId("tour-next");
        next.setDefaultButton(true);
        next.setOnAction(e -> tour.next());
        Button skip = new Button("Skip tour");
        skip.setId("tour-skip");
        skip.setOnAction(e -> tour.skip());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(6, skip, gap, back, next);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, progress, title, text, buttons);
        box.setId("tour");
        box.getStyleClass().add("help-popover");
        box.setPadding(new Insets(12));
        box.setPrefWidth(HelpCenter.POPOVER_WIDTH + 64);
        pop.setContentNode(box);
        pop.setDetachable(false);
        pop.setAutoHide(false);
        pop.setHideOnEscape(false);
        tour.indexProperty().addListener((obs, o, i) -> show());
        // The popover is a window of its own: follow the main window when it moves or resizes.
        scene.windowProperty().addListener((obs, o, w) -> {
            if (w != null) {
                InvalidationListener follow = x -> Platform.runLater(this::repoint);
                w.xProperty().addListener(follow);
                w.yProperty().addListener(follow);
                w.widthProperty().addListener(follow);
                w.heightProperty().addListener(follow);
            }
        });
    }

    private void repoint() {
        if (highlighted != null && tour.runningProperty().get()) {
            pointAt(highlighted);
        }
    }

    private void show() {
        unhighlight();
        TourStep step = tour.current();
        if (step == null) {
            pop.hide(Duration.ZERO);
            return;
        }
        progress.setText("Step " + (tour.indexProperty().get() + 1) + " of " + tour.steps().size());
        title.setText(step.title());
        text.setText(step.text());
        back.setDisable(tour.indexProperty().get() == 0);
        next.setText(tour.isLast() ? "Finish" : "Next");
        Node target = find(step.target());
        if (target == null || target.getScene() == null) {
            pop.hide(Duration.ZERO);
            return;
        }
        highlighted = target;
        target.getStyleClass().add(HIGHLIGHT);
        pointAt(target);
    }

    /** Inside a large target (the topology); below a small one in the upper half, above one in the lower half. */
    private void pointAt(Node target) {
        Bounds b = target.localToScreen(target.getLayoutBounds());
        if (b == null) {
            return;
        }
        double sceneY = target.localToScene(target.getLayoutBounds()).getMinY();
        boolean lower = sceneY > scene.getHeight() / 2;
        if (pop.isShowing()) {
            // At once: the default fade-out would finish after the new show and hide it again.
            pop.hide(Duration.ZERO);
        }
        if (b.getHeight() > LARGE) {
            pop.setArrowLocation(PopOver.ArrowLocation.TOP_LEFT);
            pop.show(target, b.getMinX() + 80, b.getMinY() + 40);
            PopOverLook.apply(pop, themes.palette());
        } else if (lower) {
            pop.setArrowLocation(PopOver.ArrowLocation.BOTTOM_LEFT);
            pop.show(target, b.getMinX() + b.getWidth() / 2, b.getMinY());
            PopOverLook.apply(pop, themes.palette());
        } else {
            pop.setArrowLocation(PopOver.ArrowLocation.TOP_LEFT);
            pop.show(target, b.getMinX() + Math.min(b.getWidth() / 2, 60), b.getMaxY());
            PopOverLook.apply(pop, themes.palette());
        }
    }

    private Node find(String target) {
        if (target.startsWith("menu:")) {
            String name = target.substring("menu:".length());
            Node bar = scene.lookup("#menu-bar");
            if (bar == null) {
                return null;
            }
            for (Node n : bar.lookupAll("*")) {
                if (n instanceof Labeled l && name.equals(l.getText())) {
                    return n;
                }
            }
            return bar;
        }
        if (target.startsWith("#tab-") && scene.lookup("#bottom-tabs") instanceof TabPane tabs) {
            String id = target.substring(1);
            tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
            tabs.applyCss();
            tabs.layout();
            for (Node n : tabs.lookupAll(".tab")) {
                if (id.equals(n.getId())) {
                    return n;
                }
            }
            return tabs;
        }
        return scene.lookup(target);
    }

    private void unhighlight() {
        if (highlighted != null) {
            highlighted.getStyleClass().remove(HIGHLIGHT);
            highlighted = null;
        }
    }
}
