package org.devopssim.app.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.devopssim.simulation.engine.DeliveryPipeline;
import org.devopssim.simulation.exercise.MinuteSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path dir;

    static AttemptRecord attempt(String profile, int score) {
        return new AttemptRecord("flash-crowd", "abc", profile, Instant.parse("2026-03-03T10:00:00Z"),
                Instant.parse("2026-03-03T10:05:00Z"), score, "[]", "[]",
                List.of(new MinuteSample(0, 1000, 0.5, 90, 99.5, 12, 0.02)), DORA);
    }

    /** Two deploys, one failed, restored once; as a run of a quarter of an hour measures them. */
    static final DeliveryPipeline.Dora DORA = new DeliveryPipeline.Dora(2, 192.0, 540.0, 0.5, 185.0);

    private static String journalMode(Database db) throws SQLException {
        try (PreparedStatement ps = db.connection().prepareStatement("PRAGMA journal_mode");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void anEmptyFileIsMigratedToTheLatestSchemaInWalMode() throws Exception {
        try (Database db = Database.open(dir.resolve("new/devops-sim.db"))) {
            assertEquals(Schema.latest(), db.schemaVersion());
            assertEquals("wal", journalMode(db));
            long id = db.record(attempt("grace", 87));
            assertEquals(List.of(new MinuteSample(0, 1000, 0.5, 90, 99.5, 12, 0.02)), db.metrics(id));
            assertEquals(Optional.of(DORA), db.dora(id));
            assertEquals(1, db.addModelVersion("forecaster", "models/f1.pt", "{\"mae\": 3.1}"));
            assertEquals(2, db.addModelVersion("forecaster", null, "{}"));
            assertEquals("ok", db.integrityCheck());
        }
    }

    @Test
    void aVersionOneDatabaseKeepsItsDataThroughTheLaterMigrations() throws Exception {
        Path file = dir.resolve("old.db");
        try (Database v1 = Database.open(file, 1)) {
            assertEquals(1, v1.schemaVersion());
            long profile = v1.profile("linus", Database.Role.INSTRUCTOR);
            try (PreparedStatement ps = v1.connection().prepareStatement("""
                    INSERT INTO attempts (exercise_id, profile_id, started, finished, score, breakdown_json, actions_json)
                    VALUES ('memory-leak', ?, '2026-01-01T00:00:00Z', '2026-01-01T00:01:00Z', 55, '[]', '[]')""")) {
                ps.setLong(1, profile);
                ps.executeUpdate();
            }
        }
        try (Database v2 = Database.open(file)) {
            assertEquals(Schema.latest(), v2.schemaVersion());
            StoredAttempt old = v2.attempts("memory-leak").getFirst();
            assertEquals(55, old.score());
            assertEquals("linus", old.profile());
            assertEquals("", old.exerciseSha256(), "attempts from before migration 2 have no digest");
            v2.record(attempt("linus", 90));
            assertEquals(2, v2.attempts(null).size());
        }
    }

    @Test
    void theDoraFiguresAreStoredAndReadBackWithUnmeasuredOnesAsNaN() throws Exception {
        try (Database db = Database.open(dir.resolve("dora.db"))) {
            long measured = db.record(attempt("ada", 80));
            AttemptRecord none = attempt("ada", 40);
            DeliveryPipeline.Dora nothingYet = new DeliveryPipeline.Dora(0, 0, Double.NaN, Double.NaN, Double.NaN);
            long unmeasured = db.record(new AttemptRecord(none.exerciseId(), none.exerciseSha256(), none.profile(),
                    none.started(), none.finished(), none.score(), none.breakdownJson(), none.actionsJson(),
                    none.metrics(), nothingYet));
            long unknown = db.record(new AttemptRecord(none.exerciseId(), none.exerciseSha256(), none.profile(),
                    none.started(), none.finished(), none.score(), none.breakdownJson(), none.actionsJson(),
                    none.metrics(), null));
            assertEquals(Optional.of(DORA), db.dora(measured));
            DeliveryPipeline.Dora back = db.dora(unmeasured).orElseThrow();
            assertEquals(0, back.productionDeploys());
            assertTrue(Double.isNaN(back.leadTimeSeconds()) && Double.isNaN(back.changeFailureRate())
                    && Double.isNaN(back.timeToRestoreSeconds()), back.toString());
            assertEquals(Optional.empty(), db.dora(unknown));
        }
    }

    @Test
    void aVersionTwoDatabaseKeepsItsAttemptsThroughMigrationThreeWithoutDora() throws Exception {
        Path file = dir.resolve("v2.db");
        long old;
        try (Database v2 = Database.open(file, 2)) {
            assertEquals(2, v2.schemaVersion());
            long profile = v2.profile("grace", Database.Role.STUDENT);
            try (PreparedStatement ps = v2.connection().prepareStatement("""
                    INSERT INTO attempts (exercise_id, exercise_sha256, profile_id, started, finished, score,
                                          breakdown_json, actions_json)
                    VALUES ('flash-crowd', 'abc', ?, '2026-01-01T00:00:00Z', '2026-01-01T00:15:00Z', 70, '[]', '[]')""",
                    java.sql.Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, profile);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    old = keys.getLong(1);
                }
            }
        }
        try (Database v3 = Database.open(file)) {
            assertEquals(3, v3.schemaVersion());
            assertEquals(70, v3.attempts("flash-crowd").getFirst().score());
            assertEquals(Optional.empty(), v3.dora(old), "attempts from before migration 3 have no DORA figures");
            long id = v3.record(attempt("grace", 90));
            assertEquals(Optional.of(DORA), v3.dora(id));
            assertEquals("ok", v3.integrityCheck());
        }
    }

    @Test
    void aDatabaseFromANewerVersionIsRefused() throws Exception {
        Path file = dir.resolve("future.db");
        try (Database db = Database.open(file);
             PreparedStatement ps = db.connection().prepareStatement(
                     "INSERT INTO schema_version (version, description, applied) VALUES (99, 'future', 'now')")) {
            ps.executeUpdate();
        }
        SQLException e = assertThrows(SQLException.class, () -> Database.open(file));
        assertTrue(e.getMessage().contains("newer"), e.getMessage());
    }

    @Test
    void theDataDirectoryFollowsEachPlatformsConvention() {
        assertEquals(Path.of("/x/data/devops-sim"), DataDirectory.resolve(Map.of("XDG_DATA_HOME", "/x/data"), "Linux", "/home/u", null));
        assertEquals(Path.of("/home/u/.local/share/devops-sim"), DataDirectory.resolve(Map.of("XDG_DATA_HOME", "rel"), "Linux", "/home/u", null));
        assertEquals(Path.of("C:/Users/u/AppData/Roaming/devops-sim"),
                DataDirectory.resolve(Map.of("APPDATA", "C:/Users/u/AppData/Roaming"), "Windows 11", "C:/Users/u", null));
        assertEquals(Path.of("/Users/u/Library/Application Support/devops-sim"),
                DataDirectory.resolve(Map.of(), "Mac OS X", "/Users/u", null));
        assertEquals(Path.of("/tmp/t"), DataDirectory.resolve(Map.of("DEVOPS_SIM_DATA_DIR", "/tmp/t"), "Linux", "/home/u", null));
        assertEquals(Path.of("/tmp/p"), DataDirectory.resolve(Map.of(), "Linux", "/home/u", "/tmp/p"));
    }
}
