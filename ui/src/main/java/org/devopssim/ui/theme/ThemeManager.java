package org.devopssim.ui.theme;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.scene.Scene;

/**
 * The one place that switches the theme: swaps the scene's theme stylesheet, sets the
 * {@code :dark} pseudo-class on the root, and tells code-drawn views through {@link #themeProperty()}.
 */
public final class ThemeManager {

    private static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");
    private static final String BASE = Theme.class.getResource("base.css").toExternalForm();

    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.DARK);

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public Theme getTheme() {
        return theme.get();
    }

    public Palette palette() {
        return theme.get().palette();
    }

    public void toggle() {
        theme.set(theme.get() == Theme.DARK ? Theme.LIGHT : Theme.DARK);
    }

    /** Styles the scene now and whenever the theme changes. */
    public void manage(Scene scene) {
        apply(scene, theme.get());
        theme.addListener((obs, old, t) -> apply(scene, t));
    }

    private static void apply(Scene scene, Theme t) {
        scene.getStylesheets().setAll(BASE, t.stylesheet());
        scene.getRoot().pseudoClassStateChanged(DARK, t == Theme.DARK);
    }
}
