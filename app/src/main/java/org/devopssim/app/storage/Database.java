package org.devopssim.app.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.devopssim.simulation.engine.DeliveryPipeline;
import org.devopssim.simulation.exercise.MinuteSample;

/**
 * The app's SQLite database: profiles, graded attempts with their per-minute metrics, and the ML
 * model versions. WAL mode with full sync on commit, so a crash loses at most the transaction in
 * flight; every statement with values is prepared. Not thread-safe: one per thread.
 */
public final class Database implements AutoCloseable {

    public enum Role {
        STUDENT, INSTRUCTOR
    }

    private final Connection connection;

    private Database(Connection connection) {
        this.connection = connection;
    }

    /** Opens (creating the file and its directory if needed) and migrates to the latest schema. */
    public static Database open(Path file) throws SQLException, IOException {
        return open(file, Schema.latest());
    }

    /** Opens and migrates only up to {@code version}: to build an older schema in tests. */
    static Database open(Path file, int version) throws SQLException, IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = WAL");
            st.execute("PRAGMA synchronous = FULL");
            st.execute("PRAGMA foreign_keys = ON");
            st.execute("PRAGMA busy_timeout = 5000");
            Schema.migrate(c, version);
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return new Database(c);
    }

    public int schemaVersion() throws SQLException {
        return Schema.current(connection);
    }

    /** The version {@link #open(Path)} migrates to. */
    public static int latestSchemaVersion() {
        return Schema.latest();
    }

    /** The version of the SQLite library in use (the native one bundled with the driver). */
    public String sqliteVersion() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT sqlite_version()");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** The profile's id, creating it with the role when new. */
    public long profile(String name, Role role) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO profiles (name, role, created) VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING")) {
            ps.setString(1, name);
            ps.setString(2, role.name().toLowerCase(java.util.Locale.ROOT));
            ps.setString(3, Instant.now().toString());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = connection.prepareStatement("SELECT id FROM profiles WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Records an attempt, its profile (as a student if new) and its metrics in one transaction. */
    public long record(AttemptRecord a) throws SQLException {
        return inTransaction(() -> {
            long profile = profile(a.profile(), Role.STUDENT);
            long id;
            try (PreparedStatement ps = connection.prepareStatement("""
                    INSERT INTO attempts (exercise_id, exercise_sha256, profile_id, started, finished, score,
                                          breakdown_json, actions_json)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, a.exerciseId());
                ps.setString(2, a.exerciseSha256());
                ps.setLong(3, profile);
                ps.setString(4, a.started().toString());
                ps.setString(5, a.finished().toString());
                ps.setInt(6, a.score());
                ps.setString(7, a.breakdownJson());
                ps.setString(8, a.actionsJson());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement ps = connection.prepareStatement("""
                    INSERT INTO run_metrics (attempt_id, minute, offered_rps, error_rate, p95_ms, availability,
                                             instances, cost) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (MinuteSample m : a.metrics()) {
                    ps.setLong(1, id);
                    ps.setLong(2, m.minute());
                    ps.setDouble(3, m.offeredRps());
                    ps.setDouble(4, m.errorRatePercent());
                    ps.setDouble(5, m.latencyP95Ms());
                    ps.setDouble(6, m.availabilityPercent());
                    ps.setInt(7, m.instances());
                    ps.setDouble(8, m.costDollars());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            if (a.dora() != null) {
                try (PreparedStatement ps = connection.prepareStatement("""
                        INSERT INTO attempt_dora (attempt_id, production_deploys, deploys_per_day, lead_time_seconds,
                                                  change_failure_rate, time_to_restore_seconds) VALUES (?, ?, ?, ?, ?, ?)""")) {
                    DeliveryPipeline.Dora d = a.dora();
                    ps.setLong(1, id);
                    ps.setInt(2, d.productionDeploys());
                    ps.setDouble(3, d.deploysPerDay());
                    setMeasured(ps, 4, d.leadTimeSeconds());
                    setMeasured(ps, 5, d.changeFailureRate());
                    setMeasured(ps, 6, d.timeToRestoreSeconds());
                    ps.executeUpdate();
                }
            }
            return id;
        });
    }

    /** Every attempt, oldest first; of one exercise when {@code exerciseId} is not null. */
    public List<StoredAttempt> attempts(String exerciseId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("""
                SELECT a.id, a.exercise_id, a.exercise_sha256, p.name, a.started, a.finished, a.score,
                       a.breakdown_json, a.actions_json
                FROM attempts a JOIN profiles p ON p.id = a.profile_id
                WHERE ? IS NULL OR a.exercise_id = ?
                ORDER BY a.id""")) {
            ps.setString(1, exerciseId);
            ps.setString(2, exerciseId);
            List<StoredAttempt> list = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new StoredAttempt(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getInt(7), rs.getString(8), rs.getString(9)));
                }
            }
            return list;
        }
    }

    /** NaN (nothing measured yet) is stored as NULL. */
    private static void setMeasured(PreparedStatement ps, int index, double value) throws SQLException {
        if (Double.isNaN(value)) {
            ps.setNull(index, java.sql.Types.REAL);
        } else {
            ps.setDouble(index, value);
        }
    }

    private static double measured(ResultSet rs, int index) throws SQLException {
        double v = rs.getDouble(index);
        return rs.wasNull() ? Double.NaN : v;
    }

    /** The attempt's DORA figures; empty for an attempt recorded without them. */
    public Optional<DeliveryPipeline.Dora> dora(long attemptId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("""
                SELECT production_deploys, deploys_per_day, lead_time_seconds, change_failure_rate, time_to_restore_seconds
                FROM attempt_dora WHERE attempt_id = ?""")) {
            ps.setLong(1, attemptId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new DeliveryPipeline.Dora(rs.getInt(1), rs.getDouble(2), measured(rs, 3),
                        measured(rs, 4), measured(rs, 5))) : Optional.empty();
            }
        }
    }

    public List<MinuteSample> metrics(long attemptId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("""
                SELECT minute, offered_rps, error_rate, p95_ms, availability, instances, cost
                FROM run_metrics WHERE attempt_id = ? ORDER BY minute""")) {
            ps.setLong(1, attemptId);
            List<MinuteSample> list = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new MinuteSample(rs.getLong(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4),
                            rs.getDouble(5), rs.getInt(6), rs.getDouble(7)));
                }
            }
            return list;
        }
    }

    /** Registers the next version of a model (for the ML work); returns its version number. */
    public int addModelVersion(String model, String weightsPath, String metricsJson) throws SQLException {
        return inTransaction(() -> {
            int next;
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT COALESCE(MAX(version), 0) + 1 FROM model_versions WHERE model = ?")) {
                ps.setString(1, model);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    next = rs.getInt(1);
                }
            }
            try (PreparedStatement ps = connection.prepareStatement("""
                    INSERT INTO model_versions (model, version, created, weights_path, metrics_json)
                    VALUES (?, ?, ?, ?, ?)""")) {
                ps.setString(1, model);
                ps.setInt(2, next);
                ps.setString(3, Instant.now().toString());
                ps.setString(4, weightsPath);
                ps.setString(5, metricsJson);
                ps.executeUpdate();
            }
            return next;
        });
    }

    /** {@code PRAGMA integrity_check}: "ok" for a sound file. */
    public String integrityCheck() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("PRAGMA integrity_check");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : "no answer";
        }
    }

    Connection connection() {
        return connection;
    }

    private interface Work<T> {
        T run() throws SQLException;
    }

    private <T> T inTransaction(Work<T> work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
