package org.devopssim.ui.help;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.PopOver;
import org.devopssim.simulation.help.Glossary;
import org.devopssim.simulation.help.GlossaryEntry;
import org.devopssim.ui.theme.ThemeManager;

/**
 * The one way views show explanations: a popover with an entry's short text beside the thing it
 * explains, and the glossary window (one per main window) for the full text.
 */
public final class HelpCenter {

    static final double POPOVER_WIDTH = 320;
    private final Glossary glossary;
    private final ThemeManager themes;
    private GlossaryWindow window;
    private PopOver shown;

    public HelpCenter(Glossary glossary, ThemeManager themes) {
        this.glossary = glossary;
        this.themes = themes;
    }

    public Glossary glossary() {
        return glossary;
    }

    /** A "?" button for a topic, with an id for tests and keyboard users' screen readers. */
    public HelpButton button(String topicId, String nodeId) {
        HelpButton b = new HelpButton(this, topicId);
        b.setId(nodeId);
        return b;
    }

    /** The short text of an entry in a popover pointing at {@code anchor}. */
    public void explain(String topicId, Node anchor) {
        glossary.entry(topicId).ifPresent(e -> {
            if (shown != null) {
                shown.hide(Duration.ZERO);
            }
            shown = popover(e, anchor);
            shown.show(anchor);
            PopOverLook.apply(shown, themes.palette());
        });
    }

    private PopOver popover(GlossaryEntry e, Node anchor) {
        Label title = new Label(e.title());
        title.setId("help-title");
        title.getStyleClass().add("help-popover-title");
        Label text = new Label(e.shortText());
        text.setId("help-short");
        text.setWrapText(true);
        text.setMaxWidth(POPOVER_WIDTH);
        text.setMinHeight(Label.USE_PREF_SIZE);
        PopOver pop = new PopOver();
        Hyperlink more = new Hyperlink("More…");
        more.setId("help-more");
        more.setOnAction(x -> {
            pop.hide();
            open(e.id(), anchor.getScene() == null ? null : anchor.getScene().getWindow());
        });
        VBox box = new VBox(6, title, text, more);
        box.getStyleClass().add("help-popover");
        box.setPadding(new Insets(10, 12, 6, 12));
        pop.setContentNode(box);
        pop.setDetachable(false);
        pop.setAutoHide(true);
        // The click that closes it also works: on another "?" it opens that one at once.
        pop.setConsumeAutoHidingEvents(false);
        pop.setArrowLocation(arrowFor(anchor));
        return pop;
    }

    /** Above the anchor when it sits in the lower half of its window, else below it. */
    private static PopOver.ArrowLocation arrowFor(Node anchor) {
        if (anchor.getScene() == null) {
            return PopOver.ArrowLocation.TOP_RIGHT;
        }
        double y = anchor.localToScene(anchor.getLayoutBounds()).getMinY();
        boolean lower = y > anchor.getScene().getHeight() / 2;
        double x = anchor.localToScene(anchor.getLayoutBounds()).getMinX();
        boolean right = x > anchor.getScene().getWidth() / 2;
        if (lower) {
            return right ? PopOver.ArrowLocation.BOTTOM_RIGHT : PopOver.ArrowLocation.BOTTOM_LEFT;
        }
        return right ? PopOver.ArrowLocation.TOP_RIGHT : PopOver.ArrowLocation.TOP_LEFT;
    }

    /** The glossary window showing an entry (or the first one when the id is null). */
    public void open(String topicId, Window owner) {
        if (window == null) {
            window = new GlossaryWindow(new GlossaryModel(glossary), themes, owner);
        }
        window.show(topicId);
    }

    /** Closes the popover, e.g. when the tour starts. */
    public void hidePopover() {
        if (shown != null) {
            shown.hide();
        }
    }
}
