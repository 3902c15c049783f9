package org.devopssim.app.selftest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.devopssim.app.storage.Database;

/**
 * The self-test's database check: opens a new SQLite file through the app's own storage (so every
 * real migration runs), writes a profile and reads it back. It proves the bundled native SQLite
 * library loads and the schema builds on this machine. Nothing here touches the user's database.
 */
public final class SelfTestDatabase {

    /** The outcome: SQLite's version and the schema version reached. */
    public record Result(String sqliteVersion, int schemaVersion, String integrity) {
    }

    private static final String PROFILE = "self-test";

    private SelfTestDatabase() {
    }

    public static Result check(Path file) throws SQLException, IOException {
        try (Database db = Database.open(file)) {
            long id = db.profile(PROFILE, Database.Role.STUDENT);
            if (db.profile(PROFILE, Database.Role.STUDENT) != id) {
                throw new SQLException("profile written to " + file + " did not read back");
            }
            return new Result(db.sqliteVersion(), db.schemaVersion(), db.integrityCheck());
        }
    }

    /** A fresh temporary database file path (the file itself is created by SQLite). */
    public static Path temporaryFile() throws IOException {
        Path dir = Files.createTempDirectory("devops-sim-selftest");
        dir.toFile().deleteOnExit();
        return dir.resolve("self-test.db");
    }
}
