package org.devopssim.ui.help;

import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

/** Help: the glossary, the guided tour, the keyboard shortcuts and About. */
public final class HelpMenu {

    private HelpMenu() {
    }

    public static Menu create(HelpCenter help, GuidedTour tour, AboutFacts about, Supplier<Window> owner) {
        MenuItem glossary = new MenuItem("Glossary");
        glossary.setId("menu-glossary");
        glossary.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        glossary.setOnAction(e -> help.open(null, owner.get()));
        MenuItem guided = new MenuItem("Guided Tour");
        guided.setId("menu-tour");
        guided.setOnAction(e -> {
            help.hidePopover();
            tour.start();
        });
        MenuItem keys = new MenuItem("Keyboard Shortcuts");
        keys.setId("menu-shortcuts");
        keys.setAccelerator(new KeyCodeCombination(KeyCode.F1, KeyCombination.SHIFT_DOWN));
        keys.setOnAction(e -> KeyboardShortcuts.show(owner.get()));
        MenuItem aboutItem = new MenuItem("About DevOps Simulator");
        aboutItem.setId("menu-about");
        aboutItem.setOnAction(e -> AboutDialog.show(about, owner.get()));
        Menu menu = new Menu("Help", null, glossary, guided, keys, new SeparatorMenuItem(), aboutItem);
        menu.setId("menu-help");
        return menu;
    }
}
