package org.devopssim.app;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the app keeps per-user files (logs, database, the ML engine's extracted native libraries,
 * learned models). {@code DEVOPS_SIM_DATA} (environment) or {@code -Ddevops.sim.data} overrides the
 * platform's place:
 * <ul>
 *   <li>Linux: {@code $XDG_DATA_HOME/devops-sim}, else {@code ~/.local/share/devops-sim}</li>
 *   <li>Windows: {@code %LOCALAPPDATA%\DevOps Simulator}</li>
 *   <li>macOS: {@code ~/Library/Application Support/DevOps Simulator}</li>
 * </ul>
 */
public final class AppDirs {

    /** Set by the installed launcher (see packaging/): then DJL's cache moves under the data dir. */
    public static final String PACKAGED_PROPERTY = "devops.sim.packaged";

    private AppDirs() {
    }

    public static Path dataDir() {
        String override = System.getProperty("devops.sim.data", System.getenv("DEVOPS_SIM_DATA"));
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath();
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.startsWith("windows")) {
            String local = System.getenv("LOCALAPPDATA");
            return (local != null ? Path.of(local) : home.resolve("AppData").resolve("Local")).resolve("DevOps Simulator");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("DevOps Simulator");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share")).resolve("devops-sim");
    }

    public static Path logDir() {
        return dataDir().resolve("logs");
    }

    /** Where DJL extracts the PyTorch native libraries on first use (about 430 MB). */
    public static Path djlCacheDir() {
        return dataDir().resolve("djl");
    }

    /** A learned load-forecast model the app uses when present; without it the statistical fallback runs. */
    public static Path forecastModel() {
        return dataDir().resolve("models").resolve("load.dsfc");
    }

    public static boolean packaged() {
        return Boolean.getBoolean(PACKAGED_PROPERTY);
    }

    /**
     * In the installed app: publishes the data dir to the logging configuration
     * ({@code ${devops.sim.data}}) and moves DJL's cache under it, unless the user chose one.
     * Must run before any logger or DJL class is touched. A checkout run keeps DJL's default
     * ({@code ~/.djl.ai}) so developers share one extraction.
     */
    static void applyPackagedDefaults() {
        if (!packaged()) {
            return;
        }
        System.setProperty("devops.sim.data", dataDir().toString());
        if (System.getProperty("DJL_CACHE_DIR") == null && System.getenv("DJL_CACHE_DIR") == null) {
            System.setProperty("DJL_CACHE_DIR", djlCacheDir().toString());
        }
    }
}
