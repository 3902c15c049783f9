import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Linux only: puts src/jpackage/linux/launcher.sh in place of the image's native launcher, and
 * removes the native launcher's library. Run after jpackage made the image and before the AOT
 * cache is trained (the training run then starts through the script, as users will):
 *
 *   java ScriptLauncher.java SCRIPT LAUNCHER
 *
 * Why: jpackage's Linux launcher runs rpm and dpkg, twice each, to find the package that owns it
 * before it starts Java (0.15-0.35 s of every launch; packaging/README.md).
 */
public final class ScriptLauncher {

    public static void main(String[] args) throws Exception {
        Path script = Path.of(args[0]);
        Path launcher = Path.of(args[1]);
        if (!Files.isRegularFile(launcher)) {
            throw new IllegalStateException("no launcher at " + launcher + " to replace");
        }
        Files.copy(script, launcher, StandardCopyOption.REPLACE_EXISTING);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path library = launcher.getParent().resolveSibling("lib").resolve("libapplauncher.so");
        Files.deleteIfExists(library);
        System.out.println("ScriptLauncher: " + launcher + " is now " + script.getFileName());
    }

    private ScriptLauncher() {
    }
}
