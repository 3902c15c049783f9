package org.devopssim.app.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.devopssim.simulation.codec.TopologyFileException;
import org.devopssim.simulation.exercise.Attempt;
import org.devopssim.simulation.exercise.ObjectiveResult;
import org.devopssim.simulation.scenario.ActionScript;
import org.devopssim.ui.exercise.AttemptStore;

/**
 * The window's attempts in the app's SQLite database: the UI sees {@link AttemptStore}, never SQL.
 * Opens the database on first use (on the caller's thread, never the FX thread) and serialises
 * calls, as a {@link Database} is for one thread at a time.
 */
public final class AttemptDatabase implements AttemptStore, AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private Database db;

    public AttemptDatabase(Path file) {
        this.file = file;
    }

    private Database db() throws StoreException {
        if (db == null) {
            try {
                db = Database.open(file);
            } catch (SQLException | IOException e) {
                throw new StoreException(file + ": cannot open the database: " + e.getMessage(), e);
            }
        }
        return db;
    }

    @Override
    public synchronized void profile(String name, boolean instructor) throws StoreException {
        try {
            db().profile(name, instructor ? Database.Role.INSTRUCTOR : Database.Role.STUDENT);
        } catch (SQLException e) {
            throw failed("keep the profile " + name, e);
        }
    }

    @Override
    public synchronized long record(Finished a) throws StoreException {
        try {
            return db().record(new AttemptRecord(a.drill().id(), a.drill().sha256(), a.profile(), a.started(), a.finished(),
                    a.report().score(), JSON.writeValueAsString(a.report().objectives()), ActionScript.write(a.actions()),
                    a.report().metrics(), a.report().dora()));
        } catch (SQLException | JsonProcessingException e) {
            throw failed("record the attempt at " + a.drill().id(), e);
        }
    }

    @Override
    public synchronized List<Summary> attempts() throws StoreException {
        try {
            return db().attempts(null).stream().map(AttemptDatabase::summary).toList();
        } catch (SQLException e) {
            throw failed("read the attempts", e);
        }
    }

    @Override
    public synchronized Past attempt(long id) throws StoreException {
        try {
            StoredAttempt a = db().attempts(null).stream().filter(x -> x.id() == id).findFirst()
                    .orElseThrow(() -> new StoreException(file + ": no attempt " + id, null));
            List<ObjectiveResult> objectives = JSON.readValue(a.breakdownJson(), new TypeReference<>() { });
            Attempt actions = Attempt.read(a.actionsJson().getBytes(StandardCharsets.UTF_8), file + " attempt " + id);
            return new Past(summary(a), a.exerciseSha256(), actions.actions(), objectives, db().metrics(id),
                    db().dora(id).orElse(null));
        } catch (SQLException | JsonProcessingException | TopologyFileException e) {
            throw failed("read attempt " + id, e);
        }
    }

    private static Summary summary(StoredAttempt a) {
        return new Summary(a.id(), a.exerciseId(), a.profile(), Instant.parse(a.finished()), a.score());
    }

    /**
     * Keeps a trained model's figures (the online forecaster's rounds) with the attempts; returns
     * the model's version number in the database.
     */
    public synchronized int recordModelVersion(String model, java.util.Map<String, ?> figures) throws StoreException {
        try {
            return db().addModelVersion(model, null, JSON.writeValueAsString(figures));
        } catch (SQLException | JsonProcessingException e) {
            throw failed("record a version of " + model, e);
        }
    }

    private StoreException failed(String what, Exception e) {
        return new StoreException(file + ": could not " + what + ": " + e.getMessage(), e);
    }

    @Override
    public synchronized void close() throws SQLException {
        if (db != null) {
            db.close();
            db = null;
        }
    }
}
