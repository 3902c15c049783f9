package org.devopssim.ui.help;

import javafx.scene.Node;
import javafx.scene.paint.Color;
import org.controlsfx.control.PopOver;
import org.devopssim.ui.theme.Palette;

/**
 * Colours a popover for the theme. ControlsFX's own stylesheet sits on the popover and outranks
 * the scene's theme, so its white bubble would keep dark-theme text unreadable: an inline style wins.
 */
final class PopOverLook {

    private PopOverLook() {
    }

    /** Call once the popover shows (its skin exists then). */
    static void apply(PopOver pop, Palette p) {
        if (pop.getSkin() == null) {
            return;
        }
        Node border = pop.getSkin().getNode().lookup(".border");
        if (border != null) {
            border.setStyle("-fx-fill: " + web(p.panel()) + "; -fx-stroke: " + web(p.selection())
                    + "; -fx-stroke-width: 1.5;");
        }
        Node content = pop.getContentNode();
        if (content != null) {
            // Fonts too: CSS reaches the popover through its owner, and a "?" button's tiny bold font would follow.
            content.setStyle("-fx-base: " + web(p.panel()) + "; -fx-font-size: 13px; -fx-font-weight: normal;");
            for (Node label : content.lookupAll(".label")) {
                boolean muted = label.getStyleClass().contains("muted");
                boolean title = label.getStyleClass().contains("help-popover-title");
                label.setStyle("-fx-text-fill: " + web(muted ? p.mutedText() : p.text()) + "; -fx-font-size: "
                        + (title ? "14px; -fx-font-weight: bold;" : "13px; -fx-font-weight: normal;"));
            }
        }
    }

    private static String web(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
