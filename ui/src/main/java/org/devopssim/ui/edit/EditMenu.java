package org.devopssim.ui.edit;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The Edit menu: Undo "what" / Redo "what", the clipboard, Delete, Select All, Arrange and Auto
 * Layout. Text fields keep their own Ctrl+Z, Ctrl+C, Delete...: they consume those keys before
 * the menu's accelerators see them.
 */
public final class EditMenu {

    private EditMenu() {
    }

    public static Menu create(TopologyEditor editor, BooleanProperty snapToGrid) {
        TopologyDocument doc = editor.document();
        MenuItem undo = item("edit-undo", "Undo", KeyCode.Z, false, editor::undo);
        undo.textProperty().bind(Bindings.createStringBinding(() -> doc.undoLabelProperty().get().isEmpty() ? "Undo"
                : "Undo " + doc.undoLabelProperty().get(), doc.undoLabelProperty()));
        undo.disableProperty().bind(doc.canUndoProperty().not());
        MenuItem redo = item("edit-redo", "Redo", KeyCode.Z, true, editor::redo);
        redo.textProperty().bind(Bindings.createStringBinding(() -> doc.redoLabelProperty().get().isEmpty() ? "Redo"
                : "Redo " + doc.redoLabelProperty().get(), doc.redoLabelProperty()));
        redo.disableProperty().bind(doc.canRedoProperty().not());

        var none = editor.hasSelection().not();
        MenuItem cut = item("edit-cut", "Cut", KeyCode.X, false, editor::cut);
        MenuItem copy = item("edit-copy", "Copy", KeyCode.C, false, editor::copy);
        MenuItem paste = item("edit-paste", "Paste", KeyCode.V, false, editor::paste);
        MenuItem duplicate = item("edit-duplicate", "Duplicate", KeyCode.D, false, editor::duplicate);
        MenuItem delete = new MenuItem("Delete");
        delete.setId("edit-delete");
        delete.setAccelerator(new KeyCodeCombination(KeyCode.DELETE));
        delete.setOnAction(e -> editor.delete());
        for (MenuItem i : new MenuItem[] {cut, copy, duplicate, delete}) {
            i.disableProperty().bind(none);
        }
        MenuItem selectAll = item("edit-select-all", "Select All", KeyCode.A, false, editor::selectAll);

        Menu arrange = new Menu("Arrange");
        arrange.setId("edit-arrange");
        for (TopologyEdits.Alignment a : TopologyEdits.Alignment.values()) {
            MenuItem i = new MenuItem(a.label());
            i.setId("arrange-" + a.name().toLowerCase(java.util.Locale.ROOT));
            i.setOnAction(e -> editor.align(a));
            i.disableProperty().bind(none);
            arrange.getItems().add(i);
            if (a == TopologyEdits.Alignment.RIGHT) {
                arrange.getItems().add(new SeparatorMenuItem());
            }
        }
        MenuItem spreadX = new MenuItem("Distribute Horizontally");
        spreadX.setOnAction(e -> editor.distribute(true));
        MenuItem spreadY = new MenuItem("Distribute Vertically");
        spreadY.setOnAction(e -> editor.distribute(false));
        spreadX.disableProperty().bind(none);
        spreadY.disableProperty().bind(none);
        CheckMenuItem snap = new CheckMenuItem("Snap to Grid");
        snap.setId("arrange-snap");
        snap.selectedProperty().bindBidirectional(snapToGrid);
        arrange.getItems().addAll(new SeparatorMenuItem(), spreadX, spreadY, new SeparatorMenuItem(), snap);

        MenuItem layout = new MenuItem("Auto Layout");
        layout.setId("edit-auto-layout");
        layout.setAccelerator(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        layout.setOnAction(e -> editor.autoLayout());

        Menu menu = new Menu("Edit", null, undo, redo, new SeparatorMenuItem(), cut, copy, paste, duplicate, delete,
                new SeparatorMenuItem(), selectAll, new SeparatorMenuItem(), arrange, layout);
        menu.setId("menu-edit");
        return menu;
    }

    /** Ctrl+Y redoes too, as on Windows; a menu item has one accelerator, so the scene holds this one. */
    public static void installRedoAlias(Scene scene, TopologyEditor editor) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), editor::redo);
    }

    private static MenuItem item(String id, String text, KeyCode key, boolean shift, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setAccelerator(shift ? new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)
                : new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN));
        item.setOnAction(e -> action.run());
        return item;
    }
}
