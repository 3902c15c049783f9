package org.devopssim.ui.help;

import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Help > Keyboard Shortcuts: every key of the window in one table. */
final class KeyboardShortcuts {

    /** Key and what it does, in the order a new user needs them. */
    static final List<String[]> KEYS = List.of(
            new String[] {"Space", "play / pause"},
            new String[] {"+ / -", "faster / slower (1x, 10x, 60x, 600x, max)"},
            new String[] {".", "step one simulated second"},
            new String[] {"Ctrl+R", "reset the run"},
            new String[] {"Ctrl+1 / 2 / 3", "open the Production / Development / Experimental preset"},
            new String[] {"Ctrl+N / Ctrl+O", "new topology / open a topology file"},
            new String[] {"Ctrl+S / Ctrl+Shift+S", "save / save as"},
            new String[] {"Ctrl+I", "import docker-compose files, Kubernetes manifests or Prometheus rules"},
            new String[] {"F", "fit the topology in view"},
            new String[] {"Ctrl+= / Ctrl+-", "zoom in / out (or the mouse wheel)"},
            new String[] {"Ctrl+Shift+M", "minimap on / off (it shows when the topology does not fit the view)"},
            new String[] {"Ctrl+Shift+D", "dark / light theme"},
            new String[] {"F1", "glossary: what every figure, fault and alert means"},
            new String[] {"Shift+F1", "this list of shortcuts"},
            new String[] {"Ctrl+Q", "exit"});

    private KeyboardShortcuts() {
    }

    static void show(Window owner) {
        GridPane grid = new GridPane();
        grid.setId("shortcuts");
        grid.setHgap(18);
        grid.setVgap(4);
        int row = 0;
        for (String[] k : KEYS) {
            Label key = new Label(k[0]);
            key.setStyle("-fx-font-family: monospace; -fx-font-weight: bold;");
            grid.addRow(row++, key, new Label(k[1]));
        }
        Alert alert = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.getDialogPane().setContent(grid);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.show();
    }
}
