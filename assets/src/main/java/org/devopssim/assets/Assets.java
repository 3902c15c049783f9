package org.devopssim.assets;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.util.List;

/** The resources shipped with the app: presets, the price table, and (later) icons and models. */
public final class Assets {

    /** The seed's three modes, as preset topology file names. */
    public static final List<String> PRESETS = List.of("production", "development", "experimental");

    private Assets() {
    }

    /** Opens a resource by its path below {@code org/devopssim/assets/}. */
    public static InputStream open(String path) {
        InputStream in = Assets.class.getResourceAsStream(path);
        if (in == null) {
            throw new UncheckedIOException(new IOException("missing bundled resource " + path));
        }
        return in;
    }

    public static InputStream preset(String name) {
        return open("presets/" + name + ".json");
    }

    public static InputStream prices() {
        return open("prices.json");
    }
}
