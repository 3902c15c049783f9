package org.devopssim.ml;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The team's shared data folder, {@code ../shared/data} next to the repository root. Tests that need
 * it are skipped (not failed) on a fresh clone without it.
 */
public final class SharedData {

    private SharedData() {
    }

    /** The module runs tests with the module folder as working directory; the repository root is its parent. */
    public static Path root() {
        return Path.of("").toAbsolutePath().getParent().resolve("../shared/data").normalize();
    }

    /** The NAB subset, or skips the calling test with a message saying where it was looked for. */
    public static Path nabOrSkip() {
        Path nab = root().resolve("nab");
        assumeTrue(Files.isDirectory(nab.resolve("data")) && Files.isRegularFile(nab.resolve("labels/combined_windows.json")),
                "shared NAB data not found at " + nab + " - skipping (tests on bundled fixtures still run)");
        return nab;
    }
}
