package org.devopssim.app.storage;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the app keeps its database: {@code $XDG_DATA_HOME/devops-sim} or
 * {@code ~/.local/share/devops-sim} on Linux, {@code %APPDATA%\devops-sim} on Windows,
 * {@code ~/Library/Application Support/devops-sim} on macOS. {@code DEVOPS_SIM_DATA_DIR} (or the
 * system property {@code devops-sim.data-dir}) overrides it, for tests and portable installs.
 */
public final class DataDirectory {

    public static final String DATABASE_FILE = "devops-sim.db";

    private DataDirectory() {
    }

    public static Path database() {
        return resolve(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"),
                System.getProperty("devops-sim.data-dir")).resolve(DATABASE_FILE);
    }

    static Path resolve(Map<String, String> env, String osName, String home, String override) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        if (nonBlank(env.get("DEVOPS_SIM_DATA_DIR"))) {
            return Path.of(env.get("DEVOPS_SIM_DATA_DIR"));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return (nonBlank(appData) ? Path.of(appData) : Path.of(home, "AppData", "Roaming")).resolve("devops-sim");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "devops-sim");
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        if (nonBlank(xdg) && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "devops-sim");
        }
        return Path.of(home, ".local", "share", "devops-sim");
    }

    private static boolean nonBlank(String s) {
        return s != null && !s.isBlank();
    }
}
