package org.devopssim.simulation.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.devopssim.simulation.model.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A save that dies half way never replaces the good file with a partial one: a process saving
 * in a loop is killed (SIGKILL) just after it started a save, and the file still reads as one of
 * the complete versions, the one saved last or the one being saved.
 */
class InterruptedSaveTest {

    @TempDir
    Path dir;

    @Test
    void killedWhileSavingTheFileIsTheOldOrTheNewVersionNeverAPartOfOne() throws Exception {
        Path file = dir.resolve("shop.dstopo");
        TopologyCodec codec = new TopologyCodec();
        Topology even = TopologySaver.version(0);
        Topology odd = TopologySaver.version(1);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // Three rounds, killed a different number of saves in, each time right after "writing N".
        for (int round = 0; round < 3; round++) {
            int killAt = 3 + round * 4;
            Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    TopologySaver.class.getName(), file.toString()).redirectError(dir.resolve("saver.err").toFile()).start();
            long lastSaved = -1;
            long writing = -1;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    long n = Long.parseLong(line.substring(line.indexOf(' ') + 1));
                    if (line.startsWith("saved")) {
                        lastSaved = n;
                    } else {
                        writing = n;
                        if (n >= killAt) {
                            child.destroyForcibly();
                            break;
                        }
                    }
                }
            }
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            assertTrue(lastSaved >= killAt - 1, "the saver saved before it was killed: " + lastSaved + " "
                    + Files.readString(dir.resolve("saver.err")));
            Topology read = codec.read(file);
            long saved = lastSaved;
            long started = writing;
            assertTrue(read.equals(saved % 2 == 0 ? even : odd) || read.equals(started % 2 == 0 ? even : odd),
                    () -> "the file is the last saved version (" + saved + ") or the one being saved (" + started + ")");
        }
    }

    @Test
    void aSavedFileIsReadableByOthersLikeAnyDocumentAndKeepsPermissionsItHad() throws Exception {
        Path file = dir.resolve("class.dstopo");
        TopologyCodec codec = new TopologyCodec();
        codec.write(TopologySaver.version(0), file);
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw----"));
        codec.write(TopologySaver.version(1), file);
        assertEquals("rw-rw----", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void aSaveThatFailsLeavesTheGoodFileAndNoTemporaryFile() throws Exception {
        Path file = dir.resolve("shop.dstopo");
        TopologyCodec codec = new TopologyCodec();
        Topology good = TopologySaver.version(0);
        codec.write(good, file);
        // The move over the target fails: a directory with content cannot be replaced by a file.
        Path blocked = dir.resolve("blocked.dstopo");
        Files.createDirectories(blocked.resolve("inside"));
        assertThrows(IOException.class, () -> codec.write(TopologySaver.version(1), blocked));
        assertEquals(good, codec.read(file));
        try (var listing = Files.list(dir)) {
            assertEquals(2, listing.count(), "only the good file and the directory; the temporary file is removed");
        }
    }
}
