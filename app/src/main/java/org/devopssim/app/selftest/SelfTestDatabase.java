package org.devopssim.app.selftest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The self-test's database check: opens a new SQLite file, applies numbered migrations in a
 * transaction each, writes a row and reads it back. It proves the bundled native SQLite library loads
 * and works on this machine.
 *
 * <p>Deliberately isolated and temporary: the app's real storage (package {@code app.storage}, its
 * schema and migrations) is built in parallel. Once it is merged, {@link #check(Path)} should open the
 * temporary file through that module's migrator instead of {@link #MIGRATIONS}, so the self-test checks
 * the real schema. Nothing here touches the user's database.
 */
public final class SelfTestDatabase {

    /** The outcome: SQLite's version and the schema version reached. */
    public record Result(String sqliteVersion, int schemaVersion, String integrity) {
    }

    /** Temporary, self-test-only schema; version i+1 is MIGRATIONS.get(i). */
    static final List<String> MIGRATIONS = List.of(
            "CREATE TABLE self_test_run (id INTEGER PRIMARY KEY, started_at TEXT NOT NULL, note TEXT)",
            "ALTER TABLE self_test_run ADD COLUMN simulated_seconds INTEGER NOT NULL DEFAULT 0");

    private SelfTestDatabase() {
    }

    public static Result check(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            int version = migrate(c);
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO self_test_run (started_at, note, simulated_seconds) VALUES (datetime('now'), ?, ?)")) {
                insert.setString(1, "self-test");
                insert.setLong(2, 3600);
                insert.executeUpdate();
            }
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT note, simulated_seconds FROM self_test_run")) {
                if (!rs.next() || !"self-test".equals(rs.getString(1)) || rs.getLong(2) != 3600) {
                    throw new SQLException("row written to " + file + " did not read back");
                }
            }
            return new Result(scalar(c, "SELECT sqlite_version()"), version, scalar(c, "PRAGMA integrity_check"));
        }
    }

    private static int migrate(Connection c) throws SQLException {
        int version = Integer.parseInt(scalar(c, "PRAGMA user_version"));
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            for (int i = version; i < MIGRATIONS.size(); i++) {
                s.execute(MIGRATIONS.get(i));
                s.execute("PRAGMA user_version = " + (i + 1));
                c.commit();
            }
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
        return Integer.parseInt(scalar(c, "PRAGMA user_version"));
    }

    private static String scalar(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** A fresh temporary database file path (the file itself is created by SQLite). */
    public static Path temporaryFile() throws java.io.IOException {
        Path dir = Files.createTempDirectory("devops-sim-selftest");
        dir.toFile().deleteOnExit();
        return dir.resolve("self-test.db");
    }
}
