package org.devopssim.ml.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZOutputStream;

class PackedNativesTest {

    private static final String FOLDER = "pytorch/cpu/linux-x86_64/";

    @TempDir
    Path dir;

    @Test
    void unpacksEveryLibraryIntoTheFolderDjlReads() throws IOException {
        byte[] torch = bytes(300_000, 1);
        byte[] c10 = bytes(1_000, 2);
        Path classes = dir.resolve("classes");
        pack(classes, "libtorch.so", torch);
        pack(classes, "libc10.so", c10);
        Path target = dir.resolve("cache/pytorch/2.7.1-cpu-linux-x86_64");

        try (URLClassLoader loader = loaderOf(classes)) {
            assertTrue(PackedNatives.unpack(loader, FOLDER, List.of("libc10.so", "libtorch.so"), target));
            assertArrayEquals(torch, Files.readAllBytes(target.resolve("libtorch.so")));
            assertArrayEquals(c10, Files.readAllBytes(target.resolve("libc10.so")));
            assertFalse(PackedNatives.unpack(loader, FOLDER, List.of("libc10.so", "libtorch.so"), target),
                    "a second start finds them in place");
        }
        try (Stream<Path> left = Files.list(target.getParent())) {
            assertEquals(List.of(target), left.toList(), "no temporary folder is left beside DJL's");
        }
    }

    @Test
    void plainLibrariesAreLeftToDjl() throws IOException {
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes.resolve(FOLDER));
        Files.write(classes.resolve(FOLDER + "libtorch.so"), bytes(100, 3));
        Path target = dir.resolve("cache/pytorch/x");
        try (URLClassLoader loader = loaderOf(classes)) {
            assertFalse(PackedNatives.unpack(loader, FOLDER, List.of("libtorch.so"), target));
        }
        assertFalse(Files.exists(target));
    }

    @Test
    void aDamagedPackNamesTheLibraryAndLeavesNoFolder() throws IOException {
        Path classes = dir.resolve("classes");
        pack(classes, "libc10.so", bytes(1_000, 4));
        Files.createDirectories(classes.resolve(FOLDER));
        Files.write(classes.resolve(FOLDER + "libtorch.so.xz"), bytes(500, 5));
        Path target = dir.resolve("cache/pytorch/2.7.1-cpu-linux-x86_64");

        try (URLClassLoader loader = loaderOf(classes)) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> PackedNatives.unpack(loader, FOLDER, List.of("libc10.so", "libtorch.so"), target));
            assertTrue(e.getMessage().contains(FOLDER + "libtorch.so.xz"), e.getMessage());
        }
        assertFalse(Files.exists(target), "DJL must not find a half-unpacked folder");
        try (Stream<Path> left = Files.list(target.getParent())) {
            assertEquals(0, left.count());
        }
    }

    private static void pack(Path classes, String library, byte[] content) throws IOException {
        Path file = classes.resolve(FOLDER + library + PackedNatives.PACKED_SUFFIX);
        Files.createDirectories(file.getParent());
        try (OutputStream out = new XZOutputStream(Files.newOutputStream(file), new LZMA2Options(1))) {
            out.write(content);
        }
    }

    private static byte[] bytes(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    private static URLClassLoader loaderOf(Path classes) throws IOException {
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, null);
    }
}
