package org.devopssim.ui.help;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Help > About: what the app is, its version and the runtimes under it. */
final class AboutDialog {

    private AboutDialog() {
    }

    static void show(AboutFacts facts, Window owner) {
        Label what = new Label("A simulated production system for DevOps and SRE classes: load a mode's topology, "
                + "run traffic through it, break it, scale it, deploy to it, and watch a small neural network "
                + "forecast the load and flag anomalies.");
        what.setWrapText(true);
        what.setMaxWidth(460);
        VBox box = new VBox(8, what);
        box.setId("about");
        for (String line : facts.lines()) {
            Label l = new Label(line);
            l.getStyleClass().add("about-fact");
            box.getChildren().add(l);
        }
        Alert alert = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        alert.setTitle("About DevOps Simulator");
        alert.setHeaderText("DevOps Simulator " + facts.appVersion());
        alert.getDialogPane().setContent(box);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.show();
    }
}
