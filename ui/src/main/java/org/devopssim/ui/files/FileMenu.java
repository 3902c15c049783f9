package org.devopssim.ui.files;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The file commands in the menu bar: New, Open, Open Recent, Save, Save As, Import, Export at the
 * top of File, and Replay Metric Trace in Simulation. Added to the bar the view built, found by
 * the menus' ids, so the menu bar's own code stays as it is.
 */
public final class FileMenu {

    private FileMenu() {
    }

    public static void install(MenuBar bar, DocumentFiles files, ViewExport export, ImportFlow imports, TraceFlow traces) {
        Menu file = menu(bar, "menu-file");
        MenuItem newItem = item("New", "menu-new", shortcut(KeyCode.N), files::newTopology);
        MenuItem open = item("Open\u2026", "menu-open", shortcut(KeyCode.O), files::open);
        Menu recent = recentMenu(files);
        MenuItem save = item("Save", "menu-save", shortcut(KeyCode.S), files::save);
        MenuItem saveAs = item("Save As\u2026", "menu-save-as",
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), files::saveAs);
        MenuItem importItem = item("Import\u2026", "menu-import", shortcut(KeyCode.I), imports::importFiles);
        MenuItem importFolder = item("Import Folder\u2026", "menu-import-folder", null, imports::importFolder);
        Menu exportMenu = new Menu("Export");
        exportMenu.setId("menu-export");
        exportMenu.getItems().addAll(item("PNG Image\u2026", "menu-export-png", null, export::png),
                item("SVG Drawing\u2026", "menu-export-svg", null, export::svg));
        file.getItems().addAll(0, List.of(newItem, open, recent, new SeparatorMenuItem(), save, saveAs,
                new SeparatorMenuItem(), importItem, importFolder, exportMenu, new SeparatorMenuItem()));

        Menu simulation = menu(bar, "menu-simulation");
        simulation.getItems().addAll(new SeparatorMenuItem(),
                item("Replay Metric Trace\u2026", "menu-replay-trace", null, traces::chooseTrace));
    }

    /**
     * The last files, newest first. Whether each still exists is checked off the FX thread each
     * time the menu opens; a missing one is greyed out and says so, and opening it removes it.
     */
    private static Menu recentMenu(DocumentFiles files) {
        Menu recent = new Menu("Open Recent");
        recent.setId("menu-recent");
        RecentFiles list = files.recent();
        Runnable rebuild = () -> {
            recent.getItems().clear();
            for (Path p : list.paths()) {
                MenuItem item = item(p.getFileName() + "  \u2014  " + p.getParent(), null, null, () -> files.openRecent(p));
                item.setUserData(p);
                recent.getItems().add(item);
            }
            MenuItem clear = item("Clear the List", "menu-recent-clear", null,
                    () -> List.copyOf(list.paths()).forEach(list::remove));
            clear.setDisable(list.paths().isEmpty());
            recent.getItems().addAll(new SeparatorMenuItem(), clear);
        };
        list.paths().addListener((ListChangeListener<Path>) c -> rebuild.run());
        rebuild.run();
        recent.setOnShowing(e -> {
            List<Path> paths = List.copyOf(list.paths());
            files.background(() -> paths.stream().collect(Collectors.toMap(p -> p, Files::isRegularFile)),
                    exists -> markMissing(recent, exists), failure -> { });
        });
        return recent;
    }

    private static void markMissing(Menu recent, Map<Path, Boolean> exists) {
        for (MenuItem item : recent.getItems()) {
            if (item.getUserData() instanceof Path p && exists.containsKey(p)) {
                boolean missing = !exists.get(p);
                item.setDisable(missing);
                String text = p.getFileName() + "  \u2014  " + p.getParent();
                item.setText(missing ? text + "  (missing)" : text);
            }
        }
    }

    private static Menu menu(MenuBar bar, String id) {
        return bar.getMenus().stream().filter(m -> id.equals(m.getId())).findFirst()
                .orElseThrow(() -> new IllegalStateException("the menu bar has no menu " + id));
    }

    private static KeyCombination shortcut(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }

    private static MenuItem item(String text, String id, KeyCombination key, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (id != null) {
            item.setId(id);
        }
        if (key != null) {
            item.setAccelerator(key);
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
