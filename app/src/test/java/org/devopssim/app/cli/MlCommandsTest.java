package org.devopssim.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MlCommandsTest {

    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final LocalDateTime T0 = LocalDateTime.of(2014, 4, 1, 0, 0);

    @TempDir
    Path dir;

    /** Days of a noisy 5-minute daily cycle; optionally a jump to 500 at row {@code jumpAt}. */
    private Path series(String name, int days, int jumpAt) throws IOException {
        Random random = new Random(3);
        StringBuilder csv = new StringBuilder("timestamp,value\n");
        for (int i = 0; i < days * 288; i++) {
            double v = i == jumpAt ? 500 : 100 + 40 * Math.sin(2 * Math.PI * i / 288) + random.nextGaussian() * 3;
            csv.append(T0.plusMinutes(5L * i).format(TS)).append(',').append(String.format(java.util.Locale.ROOT, "%.3f", v)).append('\n');
        }
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, csv);
    }

    @Test
    void detectWritesOneScoredRowPerInputRowAndFlagsTheJump() throws Exception {
        Path input = series("in.csv", 3, 700);
        Path output = dir.resolve("out/scores.csv");
        CliRun run = CliRun.of(new DetectCommand(), "--input", input.toString(), "--output", output.toString());
        assertEquals(Subcommand.OK, run.code(), run.err());
        List<String> lines = Files.readAllLines(output);
        assertEquals("timestamp,value,anomaly_score", lines.getFirst());
        assertEquals(3 * 288 + 1, lines.size());
        String firstInput = Files.readAllLines(input).get(1);
        assertTrue(lines.get(1).startsWith(firstInput + ","), lines.get(1) + " keeps " + firstInput);
        assertTrue(Double.parseDouble(lines.get(701).split(",")[2]) > 0.9, lines.get(701));
        assertTrue(Double.parseDouble(lines.get(650).split(",")[2]) < 0.5, lines.get(650));
    }

    @Test
    void detectReportsBadInputOnOneLineWithFileAndLine() throws Exception {
        Path input = Files.writeString(dir.resolve("bad.csv"), "timestamp,value\n2014-04-01 00:00:00,1\n2014-04-01 00:05:00,x\n");
        Path output = dir.resolve("scores.csv");
        CliRun run = CliRun.of(new DetectCommand(), "--input", input.toString(), "--output", output.toString());
        assertEquals(Subcommand.BAD_INPUT, run.code());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("bad.csv:3:"), run.err());
        assertFalse(Files.exists(output), "no partial output");
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.toString().endsWith(".tmp")), "temporary file removed");
        }
    }

    @Test
    void usageErrorsAndHelp() throws Exception {
        CliRun missing = CliRun.of(new DetectCommand(), "--input", "x.csv");
        assertEquals(Subcommand.BAD_INPUT, missing.code());
        assertTrue(missing.err().contains("--output"), missing.err());
        CliRun unknown = CliRun.of(new NabScoreCommand(), "--labels", "a", "--results", "b", "--colour", "red");
        assertEquals(Subcommand.BAD_INPUT, unknown.code());
        assertTrue(unknown.err().contains("--colour"), unknown.err());
        CliRun help = CliRun.of(new ForecastEvalCommand(), "--help");
        assertEquals(Subcommand.OK, help.code());
        assertTrue(help.out().startsWith("Usage: devops-sim forecast-eval"), help.out());
        CliRun horizon = CliRun.of(new ForecastEvalCommand(), "--input", "x.csv", "--horizon", "ten minutes");
        assertEquals(Subcommand.BAD_INPUT, horizon.code());
        assertTrue(horizon.err().contains("duration"), horizon.err());
    }

    @Test
    void detectOutputScoresWithNabScore() throws Exception {
        Path input = series("data/demo/jump.csv", 3, 700);
        Path results = dir.resolve("results/mine");
        assertEquals(Subcommand.OK, CliRun.of(new DetectCommand(), "--input", input.toString(),
                "--output", results.resolve("demo/mine_jump.csv").toString()).code());
        Path labels = Files.writeString(dir.resolve("windows.json"), """
                {"demo/jump.csv": [["%s.000000", "%s.000000"]], "demo/other.csv": []}
                """.formatted(T0.plusMinutes(5L * 680).format(TS), T0.plusMinutes(5L * 720).format(TS)));
        CliRun run = CliRun.of(new NabScoreCommand(), "--labels", labels.toString(), "--results", results.toString());
        assertEquals(Subcommand.OK, run.code(), run.err());
        assertTrue(run.out().contains("scored 1 files (1 windows); 1 labelled files had no results"), run.out());
        // Detected at row 700 of the 41-row window 680..720: worth s(-21/41)/s(-1), normalised to ~93.
        String standard = run.out().lines().filter(l -> l.startsWith("standard")).findFirst().orElseThrow();
        double score = Double.parseDouble(standard.trim().split("\\s+")[1]);
        assertEquals(100 * (1 + sigmoid(-21.0 / 41) / sigmoid(-1)) / 2, score, 0.01, standard);
    }

    private static double sigmoid(double y) {
        return 2 / (1 + Math.exp(5 * y)) - 1;
    }

    @Test
    void nabScoreRejectsBrokenLabelsWithLine() throws Exception {
        Path labels = Files.writeString(dir.resolve("w.json"), "{\n \"a.csv\": [[\"2014-01-01 00:00:00\", 5]]\n}");
        Files.createDirectories(dir.resolve("r"));
        CliRun run = CliRun.of(new NabScoreCommand(), "--labels", labels.toString(), "--results", dir.resolve("r").toString());
        assertEquals(Subcommand.BAD_INPUT, run.code());
        assertTrue(run.err().contains("w.json:2:"), run.err());
    }

    @Test
    void forecastEvalComparesTheModelWithBaselines() throws Exception {
        Path input = series("load.csv", 4, -1);
        CliRun run = CliRun.of(new ForecastEvalCommand(), "--input", input.toString(), "--horizon", "10m", "--epochs", "3");
        assertEquals(Subcommand.OK, run.code(), run.err());
        assertTrue(run.out().contains("horizon 2 steps"), run.out());
        for (String row : List.of("MLP 64 (DJL)", "statistical fallback", "seasonal naive (yesterday)", "last value")) {
            assertTrue(run.out().contains(row), run.out());
        }
    }

    @Test
    void forecastEvalRejectsTooShortSeries() throws Exception {
        Path input = series("short.csv", 1, -1);
        CliRun run = CliRun.of(new ForecastEvalCommand(), "--input", input.toString(), "--horizon", "1h");
        assertEquals(Subcommand.BAD_INPUT, run.code());
        assertTrue(run.err().contains("short.csv") && run.err().contains("too short"), run.err());
    }
}
