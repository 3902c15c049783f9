package org.devopssim.ml.engine;

import ai.djl.util.Platform;
import ai.djl.util.Utils;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.tukaani.xz.XZInputStream;

/**
 * The installed app carries PyTorch's libraries xz-compressed (packaging's PackNatives: 64 MB
 * instead of 112 MB), which DJL cannot read. Before DJL looks for them, they are unpacked once into
 * the very folder DJL extracts to ({@code <DJL cache>/pytorch/<version>-<flavor>-<classifier>}); DJL
 * then finds libtorch there and uses it. From a checkout the jar holds the plain libraries and
 * this does nothing: DJL extracts them itself.
 */
final class PackedNatives {

    static final String PACKED_SUFFIX = ".xz";

    private PackedNatives() {
    }

    /** Unpacks this platform's packed libraries unless they are already in DJL's cache. */
    static void unpackForDjl() {
        Platform platform = Platform.detectPlatform("pytorch");
        if (platform.isPlaceholder()) {
            return;
        }
        String folder = "pytorch/" + platform.getFlavor() + '/' + platform.getClassifier() + '/';
        Path target = Utils.getEngineCacheDir("pytorch")
                .resolve(platform.getVersion() + '-' + platform.getFlavor() + '-' + platform.getClassifier());
        unpack(PackedNatives.class.getClassLoader(), folder, List.of(platform.getLibraries()), target);
    }

    /**
     * Writes every library of {@code folder + name + ".xz"} into {@code target}, all or nothing: into a
     * sibling temporary folder first, which is then renamed (a crash or a second app starting at the
     * same time never leaves DJL a half-written folder). Returns whether it unpacked anything.
     *
     * @throws IllegalStateException naming the library when a packed file is unreadable
     */
    static boolean unpack(ClassLoader loader, String folder, List<String> libraries, Path target) {
        if (Files.isDirectory(target) || libraries.isEmpty()
                || loader.getResource(folder + libraries.get(0) + PACKED_SUFFIX) == null) {
            return false;
        }
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempDirectory(target.getParent(), "unpacking");
            for (String library : libraries) {
                String resource = folder + library + PACKED_SUFFIX;
                try (InputStream packed = loader.getResourceAsStream(resource)) {
                    if (packed == null) {
                        throw new IllegalStateException("PyTorch library " + resource + " is missing from the app");
                    }
                    Files.copy(new XZInputStream(packed), temp.resolve(library));
                } catch (IOException e) {
                    throw new IllegalStateException("cannot unpack the PyTorch library " + resource + ": " + e.getMessage(), e);
                }
            }
            moveIntoPlace(temp, target);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack PyTorch's libraries into " + target, e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (!Files.isDirectory(target)) {
                throw e;
            }
            // Another instance of the app unpacked them first: theirs is as good as ours.
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // A leftover temporary folder only costs disk space; DJL never looks at it.
        }
    }
}
