package org.devopssim.app.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelVersionStoreTest {

    @TempDir
    Path dir;

    @Test
    void trainingRoundsAreNumberedAndKeptWithTheirFigures() throws Exception {
        Path file = dir.resolve("devops-sim.db");
        try (AttemptDatabase store = new AttemptDatabase(file)) {
            assertEquals(1, store.recordModelVersion("load-forecaster", Map.of("round", 1, "validationMae", 3.5)));
            assertEquals(2, store.recordModelVersion("load-forecaster", Map.of("round", 2, "validationMae", 2.9)));
            assertEquals(1, store.recordModelVersion("other-model", Map.of()));
        }
        try (Database db = Database.open(file);
             PreparedStatement ps = db.connection().prepareStatement(
                     "SELECT metrics_json FROM model_versions WHERE model = 'load-forecaster' AND version = 2");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            assertEquals(2.9, new com.fasterxml.jackson.databind.ObjectMapper().readTree(rs.getString(1))
                    .get("validationMae").asDouble());
        }
    }
}
