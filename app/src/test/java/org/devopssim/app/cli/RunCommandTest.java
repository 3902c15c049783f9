package org.devopssim.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.devopssim.app.PresetLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {

    record Result(int code, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    static Result run(String... args) throws Exception {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = new RunCommand(new PresetLibrary(), new org.devopssim.app.RunFactory(new PresetLibrary(), null, null)).run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void printsOneSummaryPerSimulatedMinuteAndIsRepeatable() throws Exception {
        Result a = run("--duration", "1h", "--seed", "42");
        Result b = run("--duration", "1h", "--seed", "42");
        assertEquals(0, a.code(), a.err());
        assertEquals(a.out(), b.out(), "same seed, same output");
        List<String> minutes = a.lines().stream().filter(l -> l.contains("offered=")).toList();
        assertEquals(60, minutes.size());
        assertTrue(minutes.getFirst().startsWith("00:01:00  offered="), minutes.getFirst());
        assertTrue(minutes.getLast().startsWith("01:00:00"), minutes.getLast());
        assertNotEquals(a.out(), run("--duration", "1h", "--seed", "43").out(), "another seed, other traffic");
    }

    @Test
    void jsonLinesCarryTheFiguresAndEvents() throws Exception {
        Result r = run("--preset", "experimental", "--duration", "10m", "--json");
        assertEquals(0, r.code(), r.err());
        ObjectMapper json = new ObjectMapper();
        int minutes = 0;
        for (String line : r.lines()) {
            JsonNode n = json.readTree(line);
            if (n.get("type").asText().equals("minute")) {
                minutes++;
                assertTrue(n.get("offeredRps").asDouble() > 0);
                assertTrue(n.get("p95Ms").asDouble() > 0);
            } else if (n.get("type").asText().equals("summary")) {
                assertTrue(n.has("alertsFired") && n.has("budgets") && n.has("findings"), line);
                assertTrue(n.path("dora").has("productionDeploys") && n.path("dora").has("leadTimeSeconds"), line);
            } else {
                assertEquals("event", n.get("type").asText());
                assertTrue(n.hasNonNull("message"));
            }
        }
        assertEquals(10, minutes);
        assertEquals("summary", json.readTree(r.lines().getLast()).get("type").asText(), "ends with the summary");
    }

    @Test
    void commandsFileActionsTakeEffect(@TempDir Path dir) throws Exception {
        Path cmds = dir.resolve("cmds.json");
        Files.writeString(cmds, "[{\"at\": \"00:02:00\", \"action\": \"scale\", \"target\": \"api\", \"instances\": 15}]");
        Result r = run("--duration", "5m", "--commands", cmds.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("api: ") && r.out().contains("-> 15 instances (manual)"), r.out());
    }

    @Test
    void badInputExitsWithTwoAndNamesThePlace(@TempDir Path dir) throws Exception {
        Result r = run("--preset", "staging");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no preset 'staging'"), r.err());

        assertEquals(2, run("--duration", "forever").code());
        assertEquals(2, run("--seed", "x").code());
        assertEquals(2, run("--bogus").code());

        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"schemaVersion\": 1, \"mode\": \"production\", \"nodes\": [{\"kind\": \"toaster\", \"id\": \"t\"}]}");
        r = run("--topology", bad.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains(bad.toString()) && r.err().contains("$.nodes[0]") && r.err().contains("toaster"), r.err());
        assertEquals(1, r.err().lines().count(), "one line");

        r = run("--topology", dir.resolve("missing.json").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no such file"), r.err());
    }

    @Test
    void logsPrintTheMinedTemplatesAndTheAiLogAlertsOfAFault(@TempDir Path dir) throws Exception {
        Path cmds = dir.resolve("crash.json");
        Files.writeString(cmds, "[{\"at\": \"00:20:00\", \"action\": \"db-primary-crash\", \"target\": \"pg-1\", \"duration\": \"5m\"}]");
        Result r = run("--preset", "experimental", "--duration", "25m", "--commands", cmds.toString(), "--logs");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("log templates: "), r.out());
        assertTrue(r.out().contains("ECONNREFUSED"), "the refused connections are a template");
        String alerts = r.lines().stream().filter(l -> l.startsWith("AI log alerts: ")).findFirst().orElseThrow();
        assertNotEquals("AI log alerts: 0 fired", alerts);

        Result off = run("--preset", "production", "--duration", "2m", "--logs");
        assertTrue(off.out().contains("no AI log analysis in this topology"), off.out());
        Result json = run("--preset", "experimental", "--duration", "2m", "--logs", "--json");
        JsonNode logs = new ObjectMapper().readTree(json.lines().getLast());
        assertEquals("logs", logs.get("type").asText());
        assertTrue(logs.get("templates").size() > 5, logs.toString());
    }
}
