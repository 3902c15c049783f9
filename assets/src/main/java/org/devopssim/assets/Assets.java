package org.devopssim.assets;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.util.List;

/** The resources shipped with the app: presets, the price table, and (later) icons and models. */
public final class Assets {

    /** The seed's three modes, as preset topology file names. */
    public static final List<String> PRESETS = List.of("production", "development", "experimental");

    /**
     * The built-in drills by exercise id: {@code exercises/<id>.json}, with the expert's action log
     * beside it in {@code exercises/<id>.expert.json}.
     */
    public static final List<String> EXERCISES = List.of("db-primary-failover", "flash-crowd", "bad-release-canary",
            "region-outage", "redis-sessions-down", "memory-leak", "replica-lag", "disk-filling",
            "dev-settings-in-production");

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

    public static InputStream exercise(String id) {
        return open("exercises/" + id + ".json");
    }

    public static InputStream expertLog(String id) {
        return open("exercises/" + id + ".expert.json");
    }
}
