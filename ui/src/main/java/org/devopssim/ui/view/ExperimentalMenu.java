package org.devopssim.ui.view;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import org.devopssim.simulation.engine.Feature;
import org.devopssim.ui.model.FeatureFlagsModel;

/**
 * Experimental: the seed's unstable capabilities, each a check item that switches it off or on in
 * the run (from its next second). Items the loaded topology does not use are disabled.
 */
public final class ExperimentalMenu extends Menu {

    public ExperimentalMenu(FeatureFlagsModel flags) {
        super("Experimental");
        setId("menu-experimental");
        MenuItem note = new MenuItem("Unstable features (seed: \"under testing, may be unstable\")");
        note.setDisable(true);
        getItems().add(note);
        for (Feature f : Feature.values()) {
            CheckMenuItem item = new CheckMenuItem(f.label() + "  (unstable)");
            item.setId("feature-" + f.wireName());
            item.setSelected(flags.enabledProperty(f).get());
            flags.enabledProperty(f).addListener((obs, o, on) -> item.setSelected(on));
            item.disableProperty().bind(flags.usedProperty(f).not());
            item.setOnAction(e -> flags.set(f, item.isSelected()));
            getItems().add(item);
        }
    }
}
