package org.devopssim.ui.files;

import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** The File menu's message boxes; none blocks the FX thread, so answers arrive as callbacks. */
final class FileDialogs {

    /** The answer to "save changes first?". */
    enum Unsaved { SAVE, DISCARD, CANCEL }

    static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    static final ButtonType DONT_SAVE = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
    static final ButtonType CANCEL = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);

    private FileDialogs() {
    }

    static void askToSave(Window owner, String name, Consumer<Unsaved> answer) {
        Alert alert = new Alert(Alert.AlertType.WARNING, "", SAVE, DONT_SAVE, CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Unsaved Changes");
        alert.setHeaderText("Save the changes to \u201c" + name + "\u201d?");
        alert.setContentText("Your changes are lost if you don't save them.");
        alert.getDialogPane().setId("unsaved-prompt");
        alert.getDialogPane().lookupButton(SAVE).setId("unsaved-save");
        alert.getDialogPane().lookupButton(DONT_SAVE).setId("unsaved-dont-save");
        alert.getDialogPane().lookupButton(CANCEL).setId("unsaved-cancel");
        alert.setOnHidden(e -> {
            ButtonType b = alert.getResult();
            answer.accept(b == SAVE ? Unsaved.SAVE : b == DONT_SAVE ? Unsaved.DISCARD : Unsaved.CANCEL);
        });
        alert.show();
    }

    /** A problem the user has to know about; {@code details} names the file, the place and what was expected. */
    static Alert error(Window owner, String header, String details) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle("DevOps Simulator");
        alert.setHeaderText(header);
        // A label that wraps, so long paths and lists of problems stay readable.
        Label text = new Label(details);
        text.setWrapText(true);
        text.setId("file-error-text");
        text.setMaxWidth(620);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setId("file-error");
        alert.setResizable(true);
        alert.show();
        return alert;
    }

    static void info(Window owner, String header, String details) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, details);
        alert.initOwner(owner);
        alert.setTitle("DevOps Simulator");
        alert.setHeaderText(header);
        alert.getDialogPane().setId("file-info");
        alert.show();
    }
}
