package org.devopssim.app.selftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.devopssim.app.PresetLibrary;
import org.devopssim.app.RunFactory;
import org.devopssim.app.storage.Database;
import org.devopssim.ml.forecast.FallbackForecaster;
import org.devopssim.ml.forecast.ForecastModelFile;
import org.devopssim.ml.forecast.ForecastSpec;
import org.devopssim.ml.forecast.ForecastTraining;
import org.devopssim.ml.forecast.MlpLoadForecaster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SelfTestCommandTest {

    private record Outcome(int code, String out, String err) {
    }

    private static Outcome selfTest(String... args) throws Exception {
        PresetLibrary presets = new PresetLibrary();
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = new SelfTestCommand(presets, new RunFactory(presets, null, null)).run(java.util.List.of(args),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void passesWithTheBundledModelWhenNoOwnModelIsInstalled(@TempDir Path dir) throws Exception {
        Outcome r = selfTest("--model", dir.resolve("absent.dsfc").toString());
        assertEquals(0, r.code(), r.out() + r.err());
        for (String step : new String[] {"preset", "simulation", "ml engine", "forecast", "database"}) {
            assertTrue(r.out().contains("  ok   " + step), step + " in\n" + r.out());
        }
        assertTrue(r.out().contains("1h simulated"), r.out());
        assertTrue(r.out().contains("forward pass 6.0 ok"), r.out());
        assertTrue(r.out().contains("bundled model: MLP quantile forecaster"), r.out());
        assertTrue(r.out().contains("shipped v1"), r.out());
        assertTrue(r.out().contains("migrated to version " + Database.latestSchemaVersion()), r.out());
        assertTrue(r.out().contains("self-test passed"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void usesAnInstalledModel(@TempDir Path dir) throws Exception {
        ForecastSpec spec = ForecastSpec.forStep(300, 6);
        double[] load = new double[700];
        for (int i = 0; i < load.length; i++) {
            load[i] = 100 + 40 * Math.sin(2 * Math.PI * i / 288.0);
        }
        Path file = dir.resolve("load.dsfc");
        try (MlpLoadForecaster model = ForecastTraining.train(load, 1_700_000_000L, spec,
                new ForecastTraining.Options(1, 64, 1e-3f, 7))) {
            ForecastModelFile.save(model, file);
        }
        Outcome r = selfTest("--model", file.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("model " + file + ": " + MlpLoadForecaster.SOURCE), r.out());
    }

    @Test
    void aBrokenModelFailsWithTheStepAndReason(@TempDir Path dir) throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.dsfc"), "not a model");
        Outcome r = selfTest("--model", junk.toString());
        assertEquals(1, r.code(), r.out());
        assertTrue(r.out().contains("  FAIL forecast"), r.out());
        assertTrue(r.out().contains("self-test FAILED"), r.out());
        assertTrue(r.err().startsWith("devops-sim --self-test: forecast: "), r.err());
        assertTrue(r.err().contains("junk.dsfc"), r.err());
        assertTrue(!r.out().contains("  ok   database"), "stops at the first failure");
    }

    @Test
    void theAppsOwnSchemaIsBuiltAndReopened(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("t.db");
        assertEquals(Database.latestSchemaVersion(), SelfTestDatabase.check(db).schemaVersion());
        SelfTestDatabase.Result again = SelfTestDatabase.check(db);
        assertEquals(Database.latestSchemaVersion(), again.schemaVersion());
        assertEquals("ok", again.integrity());
        try (Database reopened = Database.open(db)) {
            assertEquals(1, reopened.profile("self-test", Database.Role.STUDENT), "one profile, written once");
        }
    }

    @Test
    void windowRepeatsTheHourToTheRowsAForecasterNeeds() {
        double[] perSecond = new double[3600];
        for (int i = 0; i < perSecond.length; i++) {
            perSecond[i] = i / 60;
        }
        var w = SelfTestCommand.window(perSecond, 60, 100, 10_000);
        assertEquals(100, w.size());
        assertEquals(59, w.values()[99], 1e-9); // the last minute's mean
        assertEquals(59, w.values()[39], 1e-9); // an hour earlier: the hour repeated
        assertEquals(20, w.values()[0], 1e-9);
        assertEquals(10_000 - 100 * 60, w.firstTimestamp());
        assertTrue(new FallbackForecaster().forecast(w, 10).median().length == 10);
    }
}
