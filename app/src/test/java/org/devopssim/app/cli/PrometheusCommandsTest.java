package org.devopssim.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.devopssim.app.PresetLibrary;
import org.devopssim.app.RunFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import of rule files, run --rules and run --metrics-port. */
class PrometheusCommandsTest {

    private static final String RULES = """
            groups:
              - name: t
                rules:
                  - alert: AnyServiceSlow
                    expr: devopssim_latency_p95_seconds{kind="app-service"} > 0.000001
                    for: 30s
                    labels: {severity: warning}
                  - alert: Predict
                    expr: predict_linear(node_filesystem_avail_bytes[3h], 86400) <= 0
            """;

    private static RunCommand run() {
        PresetLibrary presets = new PresetLibrary();
        return new RunCommand(presets, new RunFactory(presets, null, null));
    }

    @Test
    void importPrintsWhatEachRuleBecameAndWritesNothing(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("rules.yml"), RULES);
        CliRun r = CliRun.of(new ImportCommand(new PresetLibrary().codec()), file.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("1 of 2 became simulated rules"), r.out());
        assertTrue(r.out().contains("AnyServiceSlow                       -> kind:app-service latency-p95 > 0.001 for 30s, warning"),
                r.out());
        assertTrue(r.out().contains("rules.yml:9: Predict: the function predict_linear()"), r.out());

        CliRun withOutput = CliRun.of(new ImportCommand(new PresetLibrary().codec()), file.toString(), "--output",
                dir.resolve("t.json").toString());
        assertEquals(2, withOutput.code());
        assertTrue(withOutput.err().contains("run --rules"), withOutput.err());
        assertTrue(Files.notExists(dir.resolve("t.json")));
    }

    @Test
    void malformedRulesAreBadInputNamingFileAndLine(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("bad.yml"), "groups:\n  - name: x\n    rules: {alert: 1}\n");
        CliRun r = CliRun.of(run(), "--rules", file.toString(), "--duration", "10s");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("bad.yml:3: expected 'rules' to be a list"), r.err());
    }

    @Test
    void runAddsTheImportedRulesAndServesMetricsWhileRunning(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("rules.yml"), RULES);
        CliRun r = CliRun.of(run(), "--preset", "production", "--duration", "2m", "--rules", file.toString(),
                "--metrics-port", "0");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("rules " + file + ": 1 of 2 imported"), r.out());
        assertTrue(r.out().contains("rule refused: " + file + ":9: Predict"), r.out());
        assertTrue(r.out().contains("metrics: serving http://127.0.0.1:"), r.out());
        assertTrue(r.out().contains("FIRING AnyServiceSlow"), r.out());
    }
}
