package org.devopssim.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.devopssim.app.PresetLibrary;
import org.devopssim.app.RunFactory;
import org.devopssim.ml.forecast.AdaptiveLoadForecaster;
import org.devopssim.ml.forecast.Architecture;
import org.devopssim.ml.forecast.ForecastModelFile;
import org.devopssim.ml.forecast.ForecastSpec;
import org.devopssim.ml.forecast.MlpLoadForecaster;
import org.devopssim.ml.forecast.ShippedModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ML in headless runs and the ML commands of the launcher. */
class MlIntegrationCommandsTest {

    @TempDir
    Path dir;

    private static CliRun main(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = org.devopssim.app.Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void runUsesTheShippedModelAndStaysReproducible() throws Exception {
        Path cmds = Files.writeString(dir.resolve("predictive.json"), """
                [{"at": "00:00:00", "action": "set-policy", "target": "api",
                  "autoscaling": {"policy": "predictive", "minInstances": 2, "maxInstances": 20, "targetUtilization": 0.6}},
                 {"at": "00:20:00", "action": "traffic-spike", "factor": 2.5, "duration": "10m"}]
                """);
        CliRun a = main("run", "--duration", "40m", "--commands", cmds.toString());
        CliRun b = main("run", "--duration", "40m", "--commands", cmds.toString());
        assertEquals(0, a.code(), a.err());
        assertTrue(a.err().contains("forecaster: learned model " + ShippedModel.LABEL), a.err());
        assertEquals(a.out(), b.out(), "same model, seed and commands: same run");
        assertTrue(a.out().contains("predictive autoscaler"), "the predictive policy scaled the api");
        CliRun plain = main("run", "--duration", "40m", "--commands", cmds.toString(), "--no-ml");
        assertEquals(0, plain.code(), plain.err());
        assertTrue(!plain.err().contains("forecaster:"), plain.err());
    }

    @Test
    void theFactoryAttachesForecasterAndDetector() {
        RunFactory.Ml ml = RunFactory.shippedMl();
        assertTrue(ml.loading().join().loaded(), ml.loading().join().message());
        RunFactory f = RunFactory.withShippedModel(new PresetLibrary(), ml);
        assertTrue(f.forecaster() instanceof AdaptiveLoadForecaster a && a.current() != null);
        assertTrue(f.detector() != null);
        assertEquals(null, f.withoutMl().forecaster());
    }

    @Test
    void liveRunsFlagASecondIncidentTwentyMinutesAfterTheFirst() {
        // The detector the app and `run` attach; the model is not needed for anomaly alerts.
        RunFactory.Ml ml = RunFactory.shippedMlAfter(CompletableFuture.completedFuture(null));
        RunFactory runs = new RunFactory(new PresetLibrary(), null, ml.detector());
        var run = runs.create(new PresetLibrary().preset("experimental"), 3);
        var sim = run.simulation();
        java.util.Set<Long> flagged = new java.util.TreeSet<>();
        for (long s = 0; s < 2_700; s++) {
            if (s == 1_200 || s == 2_400) {
                sim.apply(new org.devopssim.simulation.engine.Fault.SlowDependency("api-aws", 5, 300));
            }
            sim.tick();
            run.alerting().view().alerts().stream().filter(a -> a.isAnomaly() && "api-aws".equals(a.nodeId())
                    && a.firingSince() != null).forEach(a -> flagged.add(a.firingSince() >= 2_400 ? 2L
                    : a.firingSince() >= 1_200 ? 1L : 0L));
        }
        assertEquals(java.util.Set.of(1L, 2L), flagged, "incidents with an anomaly alert on api-aws (0: none before)");
        ml.loading().join();
    }

    @Test
    void liveRunsFromAFactoryWithOnlineTrainingFeedTheTrainerAndKeepServing() throws Exception {
        RunFactory.Ml ml = RunFactory.shippedMlAfter(CompletableFuture.completedFuture(null));
        org.devopssim.ml.live.TrainingLog log = new org.devopssim.ml.live.TrainingLog();
        try (org.devopssim.ml.live.OnlineTrainer trainer = new org.devopssim.ml.live.OnlineTrainer(ml.forecaster(), log,
                org.devopssim.ml.live.OnlineTrainer.Settings.DEFAULT)) {
            assertTrue(ml.loading().get(60, java.util.concurrent.TimeUnit.SECONDS).loaded());
            RunFactory runs = new RunFactory(new PresetLibrary(), ml.forecaster(), ml.detector()).withOnlineTraining(trainer);
            var sim = runs.create(new PresetLibrary().preset("production"), 42).simulation();
            sim.advance(3 * 3600);
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (log.versions().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertEquals(1, log.versions().size(), "a round after 180 simulated minutes");
            var v = log.versions().getFirst();
            assertEquals(v.validationMae() <= v.servingMae(), v.installed(), v.toString());
            String source = ml.forecaster().current().source();
            assertTrue(source.endsWith(v.installed() ? "online v1" : ShippedModel.LABEL), source);
        } finally {
            ml.forecaster().close();
        }
    }

    @Test
    void trainForecasterWritesALoadableModelForTheAutoscaler() throws Exception {
        Path out = dir.resolve("m/forecaster.bin");
        CliRun r = main("train-forecaster", "--output", out.toString(), "--days", "1", "--epochs", "1",
                "--presets", "production");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("check on a fresh day per preset") && r.out().contains("wrote " + out), r.out());
        try (MlpLoadForecaster m = ForecastModelFile.load(out)) {
            assertEquals(ForecastSpec.AUTOSCALER, m.spec());
        }
        assertEquals(2, main("train-forecaster", "--days", "1").code(), "--output is required");
        assertEquals(2, main("train-forecaster", "--output", out.toString(), "--presets", "staging").code());
    }

    @Test
    void compareAndBenchReportBadInputAndBenchTimes() {
        CliRun bad = main("compare-autoscaling", "--workloads", "tsunami");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("unknown workload 'tsunami'"), bad.err());
        assertEquals(2, main("compare-autoscaling", "--seeds", "1,x").code());
        CliRun bench = main("ml-bench", "--repeats", "200");
        assertEquals(0, bench.code(), bench.err());
        assertTrue(bench.out().contains("one forecast (" + MlpLoadForecaster.SOURCE + ", " + ShippedModel.LABEL + ")"),
                bench.out());
        assertTrue(bench.out().contains("one training step, batch 64"), bench.out());
    }

    @Test
    void trainForecasterTrainsAnotherArchitectureAndSaysTheAppWillNotLoadIt() throws Exception {
        Path out = dir.resolve("linear.bin");
        CliRun r = main("train-forecaster", "--output", out.toString(), "--days", "1", "--epochs", "1",
                "--presets", "production", "--architecture", "linear");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("trained linear quantile forecaster") && r.out().contains("note: the app loads only"),
                r.out());
        try (MlpLoadForecaster m = ForecastModelFile.load(out)) {
            assertEquals(ForecastSpec.AUTOSCALER.with(Architecture.LINEAR, 1), m.spec());
        }
        CliRun bad = main("train-forecaster", "--output", out.toString(), "--architecture", "lstm:many");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("'lstm:many'"), bad.err());
    }

    @Test
    void compareForecastersTrainsEachArchitectureOnTheSameSimulatedLoad() {
        CliRun r = main("compare-forecasters", "--architectures", "linear,gru:4", "--seeds", "1", "--days", "2",
                "--test-days", "1", "--epochs", "1", "--presets", "production", "--nab", dir.resolve("no-nab").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Simulated load: 1 series, 2 days each"), r.out());
        for (String row : List.of("| linear |", "| GRU 4 |", "| last value |", "| statistical fallback")) {
            assertTrue(r.out().contains(row), row + " in " + r.out());
        }
        assertTrue(r.out().contains("NAB series: " + dir.resolve("no-nab") + " not found, skipped"), r.out());
    }

    @Test
    void compareForecastersOnNabStyleFilesSkipsWhatItCannotUse() throws Exception {
        Path nab = dir.resolve("nab");
        Files.createDirectories(nab.resolve("demo"));
        StringBuilder csv = new StringBuilder("timestamp,value\n");
        java.util.Random random = new java.util.Random(5);
        for (int i = 0; i < 4 * 288; i++) {
            csv.append(java.time.LocalDateTime.of(2014, 4, 1, 0, 0).plusMinutes(5L * i).toString().replace('T', ' '))
                    .append(":00,").append(100 + 40 * Math.sin(2 * Math.PI * i / 288) + random.nextGaussian() * 3).append('\n');
        }
        Files.writeString(nab.resolve("demo/cycle.csv"), csv);
        Files.writeString(nab.resolve("demo/short.csv"), "timestamp,value\n2014-04-01 00:00:00,1\n2014-04-01 00:05:00,2\n");
        CliRun r = main("compare-forecasters", "--nab", nab.toString(), "--nab-only", "--architectures", "linear,mlp:8",
                "--epochs", "1");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("demo/short.csv") && r.out().contains("skipped: 2 rows are too few"), r.out());
        assertTrue(r.out().contains("1 files; MASE: geometric mean") && r.out().contains("| MLP 8 |"), r.out());
        assertTrue(!r.out().contains("Simulated load"), "--nab-only leaves the presets out");
    }

    @Test
    void compareForecastersReportsBadInput() {
        for (String[] args : List.of(new String[] {"--architectures", "mlp,transformer"}, new String[] {"--days", "1"},
                new String[] {"--nab-only"}, new String[] {"--seeds", "1,two"}, new String[] {"--presets", "staging"})) {
            List<String> all = new java.util.ArrayList<>(List.of("compare-forecasters"));
            all.addAll(List.of(args));
            CliRun r = main(all.toArray(String[]::new));
            assertEquals(2, r.code(), String.join(" ", args) + ": " + r.out());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().startsWith("devops-sim compare-forecasters: "), r.err());
        }
    }
}
