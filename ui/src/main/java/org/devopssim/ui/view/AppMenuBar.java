package org.devopssim.ui.view;

import javafx.beans.property.BooleanProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.devopssim.simulation.engine.Speed;
import org.devopssim.ui.operate.ActionForm;
import org.devopssim.simulation.model.Mode;
import org.devopssim.ui.model.RunControlsModel;
import org.devopssim.ui.theme.Theme;
import org.devopssim.ui.theme.ThemeManager;

/** File, View, Simulation, Chaos and Help (built by the help package); every item here is also reachable by keyboard. */
final class AppMenuBar extends MenuBar {

    AppMenuBar(RunControlsModel run, ThemeManager themes, TopologyActions topology, Operator operator,
               BooleanProperty frameMeterShown, Menu help, Runnable exit) {
        setId("menu-bar");
        Menu view = view(themes, topology);
        CheckMenuItem meter = new CheckMenuItem("Frame Time Meter");
        meter.setId("menu-frame-meter");
        meter.selectedProperty().bindBidirectional(frameMeterShown);
        view.getItems().addAll(new SeparatorMenuItem(), meter);
        getMenus().addAll(file(run, exit), view, simulation(run), chaos(operator), help);
    }

    /**
     * A feature's own items and menus: the items at the top of File, the menus before Help. Kept
     * apart from the built-in menus so features come and go without editing them.
     */
    void addFeature(java.util.List<MenuItem> fileItems, java.util.List<Menu> menus) {
        Menu file = getMenus().getFirst();
        java.util.List<MenuItem> items = new java.util.ArrayList<>(fileItems);
        items.add(new SeparatorMenuItem());
        file.getItems().addAll(0, items);
        getMenus().addAll(getMenus().size() - 1, menus);
    }

    /** Every fault of the catalogue, aimed at the selected node when it suits. */
    private static Menu chaos(Operator operator) {
        Menu chaos = new Menu("Chaos");
        chaos.setId("menu-chaos");
        for (ActionForm f : ActionForm.values()) {
            if (f.isFault()) {
                MenuItem item = new MenuItem(f.label() + "…");
                item.setId("chaos-" + f.actionName());
                item.setOnAction(e -> operator.ask(f));
                chaos.getItems().add(item);
            }
        }
        // The engine clears per target; with nothing selected that is the system-wide traffic spike.
        MenuItem clear = new MenuItem("Clear Faults on the Selection");
        clear.setId("chaos-clear");
        clear.setOnAction(e -> operator.clearSelected());
        chaos.getItems().addAll(new SeparatorMenuItem(), clear);
        return chaos;
    }

    /** What the View menu does to the topology canvas. */
    interface TopologyActions {
        void fit();

        void zoomIn();

        void zoomOut();

        /** Asks for a node by name and goes to it. */
        void find();

        /** Whether the overview shows when the topology does not fit the view. */
        BooleanProperty minimapAllowed();
    }

    private static Menu file(RunControlsModel run, Runnable exit) {
        Menu presets = new Menu("Open Preset");
        ToggleGroup group = new ToggleGroup();
        int key = 1;
        for (Mode m : Mode.values()) {
            RadioMenuItem item = new RadioMenuItem(m.label());
            item.setToggleGroup(group);
            item.setAccelerator(new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(key++)), KeyCombination.SHORTCUT_DOWN));
            item.setOnAction(e -> {
                run.switchMode(m);
                // Unsaved changes can hold the switch back (Cancel): the radio shows the mode in force.
                group.getToggles().forEach(t -> t.setSelected(t.getUserData() == run.getMode()));
            });
            item.setUserData(m);
            item.setSelected(m == run.getMode());
            run.modeProperty().addListener((obs, o, n) -> item.setSelected(n == m));
            presets.getItems().add(item);
        }
        MenuItem quit = new MenuItem("Exit");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> exit.run());
        Menu file = new Menu("File", null, presets, new SeparatorMenuItem(), quit);
        file.setId("menu-file");
        quit.setId("menu-exit");
        return file;
    }

    private static Menu view(ThemeManager themes, TopologyActions topology) {
        CheckMenuItem dark = new CheckMenuItem("Dark Theme");
        dark.setId("menu-dark-theme");
        dark.setAccelerator(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        dark.setSelected(themes.getTheme() == Theme.DARK);
        dark.setOnAction(e -> themes.themeProperty().set(dark.isSelected() ? Theme.DARK : Theme.LIGHT));
        themes.themeProperty().addListener((obs, o, t) -> dark.setSelected(t == Theme.DARK));
        MenuItem fit = item("Fit Topology", new KeyCodeCombination(KeyCode.F), topology::fit);
        MenuItem in = item("Zoom In", new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN), topology::zoomIn);
        MenuItem out = item("Zoom Out", new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN), topology::zoomOut);
        MenuItem find = item("Find Node…", new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), topology::find);
        find.setId("menu-find-node");
        CheckMenuItem minimap = new CheckMenuItem("Minimap");
        minimap.setId("menu-minimap");
        minimap.setAccelerator(new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        minimap.selectedProperty().bindBidirectional(topology.minimapAllowed());
        return new Menu("View", null, dark, new SeparatorMenuItem(), fit, in, out, minimap, new SeparatorMenuItem(), find);
    }

    private static Menu simulation(RunControlsModel run) {
        MenuItem play = item("Play / Pause", new KeyCodeCombination(KeyCode.SPACE), run::togglePlay);
        play.setId("menu-play");
        MenuItem step = item("Step One Second", new KeyCodeCombination(KeyCode.PERIOD), run::step);
        MenuItem faster = item("Faster", new KeyCodeCombination(KeyCode.PLUS), run::faster);
        MenuItem slower = item("Slower", new KeyCodeCombination(KeyCode.MINUS), run::slower);
        Menu speed = new Menu("Speed");
        ToggleGroup group = new ToggleGroup();
        for (Speed s : Speed.STEPS) {
            RadioMenuItem item = new RadioMenuItem(s.label());
            item.setToggleGroup(group);
            item.setSelected(s.equals(run.getSpeed()));
            item.setOnAction(e -> run.chooseSpeed(s));
            run.speedProperty().addListener((obs, o, n) -> item.setSelected(s.equals(n)));
            speed.getItems().add(item);
        }
        MenuItem reset = item("Reset", new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), run::reset);
        Menu simulation = new Menu("Simulation", null, play, step, new SeparatorMenuItem(), faster, slower, speed,
                new SeparatorMenuItem(), reset);
        simulation.setId("menu-simulation");
        return simulation;
    }

    private static MenuItem item(String text, KeyCombination key, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(key);
        item.setOnAction(e -> action.run());
        return item;
    }
}
