package org.devopssim.app.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database survives the app being killed in the middle of writing. */
class CrashSafetyTest {

    @TempDir
    Path dir;

    private static String readQuietly(Path file) {
        try {
            return java.nio.file.Files.readString(file);
        } catch (java.io.IOException e) {
            return "";
        }
    }

    @Test
    void killedMidWriteTheFileIsIntactAndKeepsEveryCommittedAttempt() throws Exception {
        Path file = dir.resolve("devops-sim.db");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                AttemptWriter.class.getName(), file.toString()).redirectError(dir.resolve("writer.err").toFile()).start();
        long lastCommitted = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                lastCommitted = Long.parseLong(line.trim());
                if (lastCommitted >= 200) {
                    break;
                }
            }
            // Killed while it is still writing the next attempts.
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        long committed = lastCommitted;
        assertTrue(committed >= 200, () -> "the writer committed attempts before it was killed: " + committed + " "
                + readQuietly(dir.resolve("writer.err")));
        try (Database db = Database.open(file)) {
            assertEquals("ok", db.integrityCheck());
            var attempts = db.attempts(null);
            assertTrue(attempts.getLast().id() >= lastCommitted, "last committed attempt present");
            for (StoredAttempt a : attempts) {
                assertEquals(1, db.metrics(a.id()).size(), "attempt " + a.id() + " has all its metrics or is absent");
            }
        }
    }
}
