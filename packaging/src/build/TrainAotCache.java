import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Gives the app image an AOT cache (JDK 25, JEP 483/514: classes loaded and linked ahead of time,
 * the successor of AppCDS). Run by the packaging module after jpackage made the image:
 *
 *   java TrainAotCache.java LAUNCHER APP_DIR WORK_DIR
 *
 * It starts the image's launcher once with -Ddevops.sim.startupProbe=true, so the app opens its
 * window, renders it and quits, while the JVM records the classes into APP_DIR/devops-sim.aot.
 * When the cache was written, it adds -XX:AOTCache=$APPDIR/devops-sim.aot to the launcher's
 * configuration (APP_DIR/*.cfg). The window needs a display: on Linux the current DISPLAY, else
 * xvfb-run when installed; without either the image is left without a cache (it still works, only
 * starts slower) and the build says so. The cache must match the image's runtime and jars: it is
 * made from the final image and travels in it (the installers are built from that image).
 */
public final class TrainAotCache {

    public static void main(String[] args) throws Exception {
        Path launcher = Path.of(args[0]);
        Path appDir = Path.of(args[1]);
        Path work = Path.of(args[2]);
        Path cache = appDir.resolve("devops-sim.aot");
        Files.deleteIfExists(cache);
        List<String> command = new ArrayList<>();
        boolean linux = System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux");
        if (linux && System.getenv("DISPLAY") == null) {
            if (!onPath("xvfb-run")) {
                System.out.println("TrainAotCache: no DISPLAY and no xvfb-run: image left without an AOT cache");
                return;
            }
            command.addAll(List.of("xvfb-run", "-a", "-s", "-screen 0 1600x1000x24"));
        }
        command.add(launcher.toString());
        ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
        pb.environment().put("JAVA_TOOL_OPTIONS", "-Ddevops.sim.startupProbe=true -XX:AOTCacheOutput=" + cache);
        pb.environment().put("DEVOPS_SIM_DATA", work.toAbsolutePath().toString());
        Process p = pb.start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("training run did not finish within 300 s");
        }
        if (p.exitValue() != 0 || !Files.isRegularFile(cache)) {
            throw new IllegalStateException("training run exited " + p.exitValue() + " without writing " + cache);
        }
        try (var cfgs = Files.newDirectoryStream(appDir, "*.cfg")) {
            for (Path cfg : cfgs) {
                Files.writeString(cfg, "java-options=-XX:AOTCache=$APPDIR/devops-sim.aot\n", StandardOpenOption.APPEND);
                System.out.println("TrainAotCache: " + cfg.getFileName() + " now uses " + cache.getFileName()
                        + " (" + Files.size(cache) / 1_000_000 + " MB)");
            }
        }
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    private TrainAotCache() {
    }
}
