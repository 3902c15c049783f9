package org.devopssim.ui.view;

import java.util.function.Consumer;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;

/**
 * Tooltips made when the pointer first enters their node. Each {@link Tooltip} is a popup window
 * with a scene of its own, and the window has about a hundred of them: made up front they were a
 * tenth of the FX thread's work while the window opens (docs/benchmarks-packaging.md). Entering
 * comes before the move that caused it is delivered, so the tooltip shows on the first hover.
 */
public final class Tips {

    private static final String TEXT = Tips.class.getName() + ".text";
    private static final String MADE = Tips.class.getName() + ".made";

    private Tips() {
    }

    /** The control's tooltip; also its accessible help, which a screen reader takes from the tooltip otherwise. */
    public static void set(Control control, String text) {
        control.setAccessibleHelp(text);
        later(control, text, control::setTooltip);
    }

    /** A tooltip on a node that is not a control (a box, a canvas); called again, it changes the text. */
    public static void install(Node node, String text) {
        later(node, text, t -> Tooltip.install(node, t));
    }

    /** The same, shown after {@code showDelay} instead of JavaFX's second (set by the first call). */
    public static void install(Node node, String text, Duration showDelay) {
        later(node, text, t -> {
            t.setShowDelay(showDelay);
            Tooltip.install(node, t);
        });
    }

    /** The text the node's tooltip has or will have; null when it has none from here. */
    public static String text(Node node) {
        return (String) node.getProperties().get(TEXT);
    }

    private static void later(Node node, String text, Consumer<Tooltip> attach) {
        Object before = node.getProperties().put(TEXT, text);
        if (node.getProperties().get(MADE) instanceof Tooltip made) {
            made.setText(text);
        } else if (before == null) {
            node.addEventFilter(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
                @Override
                public void handle(MouseEvent e) {
                    node.removeEventFilter(MouseEvent.MOUSE_ENTERED, this);
                    Tooltip tooltip = new Tooltip(text(node));
                    node.getProperties().put(MADE, tooltip);
                    attach.accept(tooltip);
                }
            });
        }
    }
}
