package org.devopssim.app.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * The database schema as a list of migrations. The {@code schema_version} table records each one
 * applied; opening a database applies the missing ones. Never edit a released migration: add one.
 */
final class Schema {

    static final List<Migration> MIGRATIONS = List.of(
            new Migration(1, "profiles, attempts, run metrics, model versions", List.of(
                    """
                    CREATE TABLE profiles (
                        id      INTEGER PRIMARY KEY,
                        name    TEXT NOT NULL UNIQUE,
                        role    TEXT NOT NULL CHECK (role IN ('student', 'instructor')),
                        created TEXT NOT NULL)""",
                    """
                    CREATE TABLE attempts (
                        id             INTEGER PRIMARY KEY,
                        exercise_id    TEXT NOT NULL,
                        profile_id     INTEGER NOT NULL REFERENCES profiles(id),
                        started        TEXT NOT NULL,
                        finished       TEXT NOT NULL,
                        score          INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),
                        breakdown_json TEXT NOT NULL,
                        actions_json   TEXT NOT NULL)""",
                    """
                    CREATE TABLE run_metrics (
                        attempt_id   INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
                        minute       INTEGER NOT NULL,
                        offered_rps  REAL NOT NULL,
                        error_rate   REAL NOT NULL,
                        p95_ms       REAL NOT NULL,
                        availability REAL NOT NULL,
                        instances    INTEGER NOT NULL,
                        cost         REAL NOT NULL,
                        PRIMARY KEY (attempt_id, minute))""",
                    """
                    CREATE TABLE model_versions (
                        id           INTEGER PRIMARY KEY,
                        model        TEXT NOT NULL,
                        version      INTEGER NOT NULL,
                        created      TEXT NOT NULL,
                        weights_path TEXT,
                        metrics_json TEXT NOT NULL,
                        UNIQUE (model, version))""")),
            // A grade is only comparable with grades of the same exercise file: record which one.
            new Migration(2, "attempts remember the exact exercise file graded; index for a class's results", List.of(
                    "ALTER TABLE attempts ADD COLUMN exercise_sha256 TEXT NOT NULL DEFAULT ''",
                    "CREATE INDEX attempts_by_exercise ON attempts (exercise_id, profile_id, finished)")),
            // The delivery pipeline's four key metrics at the end of the run. A figure with nothing to
            // measure (no deploy yet, nothing restored) is NULL; attempts from before have no row.
            new Migration(3, "attempts keep the run's DORA figures", List.of(
                    """
                    CREATE TABLE attempt_dora (
                        attempt_id            INTEGER PRIMARY KEY REFERENCES attempts(id) ON DELETE CASCADE,
                        production_deploys    INTEGER NOT NULL CHECK (production_deploys >= 0),
                        deploys_per_day       REAL NOT NULL,
                        lead_time_seconds     REAL,
                        change_failure_rate   REAL CHECK (change_failure_rate BETWEEN 0 AND 1),
                        time_to_restore_seconds REAL)""")));

    private Schema() {
    }

    static int latest() {
        return MIGRATIONS.getLast().version();
    }

    /** Brings the schema up to {@code target}; returns the version it is at. */
    static int migrate(Connection c, int target) throws SQLException {
        try (var st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                    + "description TEXT NOT NULL, applied TEXT NOT NULL)");
        }
        int current = current(c);
        if (current > latest()) {
            throw new SQLException("the database has schema version " + current
                    + ", written by a newer DevOps Simulator; this version knows up to " + latest());
        }
        for (Migration m : MIGRATIONS) {
            if (m.version() <= current || m.version() > target) {
                continue;
            }
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                try (var st = c.createStatement()) {
                    for (String sql : m.statements()) {
                        st.execute(sql);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO schema_version (version, description, applied) VALUES (?, ?, ?)")) {
                    ps.setInt(1, m.version());
                    ps.setString(2, m.description());
                    ps.setString(3, Instant.now().toString());
                    ps.executeUpdate();
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
            current = m.version();
        }
        return current;
    }

    static int current(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(version), 0) FROM schema_version");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
