package org.devopssim.ui.theme;

/** The window's colour scheme. */
public enum Theme {
    LIGHT("Light", "light.css", Palette.LIGHT),
    DARK("Dark", "dark.css", Palette.DARK);

    private final String label;
    private final String stylesheet;
    private final Palette palette;

    Theme(String label, String stylesheet, Palette palette) {
        this.label = label;
        this.stylesheet = stylesheet;
        this.palette = palette;
    }

    public String label() {
        return label;
    }

    /** The theme's stylesheet, as a URL string for {@code Scene.getStylesheets()}. */
    public String stylesheet() {
        return Theme.class.getResource(stylesheet).toExternalForm();
    }

    /** Colours for what CSS cannot reach: the topology canvas, tiles and the chart. */
    public Palette palette() {
        return palette;
    }
}
