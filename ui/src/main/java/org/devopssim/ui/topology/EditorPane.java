package org.devopssim.ui.topology;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.devopssim.ui.theme.ThemeManager;

/**
 * The topology editor's area: the palette beside the canvas, and over the canvas a banner while
 * the document has edits that only a Reset runs.
 */
public final class EditorPane extends BorderPane {

    private final Label notice = new Label();
    private final javafx.animation.PauseTransition hide = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(8));

    public EditorPane(TopologyCanvas canvas, ThemeManager themes, ObservableBooleanValue pendingReset, Runnable reset) {
        setId("editor-pane");
        Label text = new Label("Edited — Reset (Ctrl+R) to run the edited topology");
        text.setId("edited-banner-text");
        Button now = new Button("Reset now");
        now.setId("edited-reset");
        now.setOnAction(e -> {
            reset.run();
            // The button hides itself; focus goes back to the canvas, not to the next text field.
            canvas.requestFocus();
        });
        HBox banner = new HBox(10, text, now);
        banner.setId("edited-banner");
        banner.getStyleClass().add("edited-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.setPadding(new Insets(4, 10, 4, 10));
        banner.setMaxWidth(USE_PREF_SIZE);
        banner.setMaxHeight(USE_PREF_SIZE);
        banner.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(pendingReset::get, pendingReset));
        notice.setId("edit-notice");
        notice.getStyleClass().add("edit-notice");
        notice.setWrapText(true);
        notice.setMaxWidth(520);
        notice.setVisible(false);
        hide.setOnFinished(e -> notice.setVisible(false));
        StackPane stack = new StackPane(canvas, banner, notice);
        StackPane.setAlignment(notice, Pos.BOTTOM_LEFT);
        StackPane.setMargin(notice, new Insets(0, 0, 10, 10));
        StackPane.setAlignment(banner, Pos.TOP_CENTER);
        StackPane.setMargin(banner, new Insets(8, 0, 0, 0));
        setCenter(stack);
        setLeft(new NodePalette(canvas, themes));
    }

    /** A message over the canvas for a few seconds: why an edit was refused, or that it waits for Reset. */
    public void showNotice(String text) {
        notice.setText(text);
        notice.setVisible(true);
        hide.playFromStart();
    }

    /** The message shown last (also after it has faded). */
    public String notice() {
        return notice.getText();
    }
}
