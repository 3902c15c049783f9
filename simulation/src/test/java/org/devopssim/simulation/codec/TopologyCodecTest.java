package org.devopssim.simulation.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.devopssim.simulation.Fixtures;
import org.devopssim.simulation.model.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TopologyCodecTest {

    private final TopologyCodec codec = new TopologyCodec();

    @ParameterizedTest
    @ValueSource(strings = {"production", "development", "experimental"})
    void presetsSurviveARoundTrip(String preset, @TempDir Path dir) throws Exception {
        Topology original = Fixtures.preset(preset);
        Path file = dir.resolve(preset + ".json");
        codec.write(original, file);
        Topology again = codec.read(file);
        assertEquals(original, again);
        assertEquals(codec.toJson(original), codec.toJson(again));
    }

    private TopologyFileException refused(String json) {
        return assertThrows(TopologyFileException.class,
                () -> codec.read(json.getBytes(StandardCharsets.UTF_8), "bad.json"));
    }

    private static String chainWith(String node, String links) {
        return """
                {"schemaVersion": 1, "name": "t", "mode": "production",
                 "nodes": [
                   {"kind": "traffic-source", "id": "users", "peakRps": 10},
                   %s
                 ],
                 "links": [%s]}
                """.formatted(node, links);
    }

    private static final String API = """
            {"kind": "app-service", "id": "api", "technology": "Node.js", "ports": [8080],
             "capacity": {"instances": 2, "instanceSize": "m5.large", "perInstanceRps": 100, "baseLatencyMs": 20, "bootTimeSeconds": 30}}""";

    @Test
    void aValidSmallFileLoads() throws Exception {
        Topology t = codec.read(chainWith(API, "{\"from\": \"users\", \"to\": \"api\", \"type\": \"http\"}")
                .getBytes(StandardCharsets.UTF_8), "ok.json");
        assertEquals(2, t.nodes().size());
    }

    @Test
    void unknownKindIsNamedWithItsPlace() {
        TopologyFileException e = refused(chainWith("{\"kind\": \"mainframe\", \"id\": \"m\"}", ""));
        assertTrue(e.getMessage().startsWith("bad.json: "), e.getMessage());
        assertTrue(e.getMessage().contains("$.nodes[1]"), e.getMessage());
        assertTrue(e.getMessage().contains("unknown kind 'mainframe'"), e.getMessage());
        assertTrue(e.getMessage().contains("app-service"), "lists what was expected: " + e.getMessage());
        assertTrue(e.problems().getFirst().line() > 0, "names the line");
    }

    @Test
    void danglingLinkIsRefused() {
        TopologyFileException e = refused(chainWith(API, "{\"from\": \"users\", \"to\": \"ghost\", \"type\": \"http\"}"));
        assertTrue(e.getMessage().contains("$.links[0].to"), e.getMessage());
        assertTrue(e.getMessage().contains("'ghost'"), e.getMessage());
    }

    @Test
    void negativeCapacityIsRefused() {
        TopologyFileException e = refused(chainWith(API.replace("\"perInstanceRps\": 100", "\"perInstanceRps\": -5"), ""));
        assertEquals("$.nodes[1].capacity.perInstanceRps", e.problems().getFirst().path());
        assertTrue(e.getMessage().contains("expected a number > 0, got -5"), e.getMessage());
    }

    @Test
    void wrongTypeIsRefusedWithLine() {
        TopologyFileException e = refused(chainWith(API.replace("\"instances\": 2", "\"instances\": \"two\""), ""));
        assertEquals("$.nodes[1].capacity.instances", e.problems().getFirst().path());
        assertEquals(5, e.problems().getFirst().line(), "line of the bad value: " + e.problems().getFirst());
    }

    @Test
    void newerSchemaVersionIsRefused() {
        TopologyFileException e = refused("{\"schemaVersion\": 99, \"nodes\": []}");
        assertEquals("$.schemaVersion", e.problems().getFirst().path());
        assertTrue(e.getMessage().contains("newer"), e.getMessage());
    }

    @Test
    void malformedJsonNamesTheLine() {
        TopologyFileException e = refused("{\"schemaVersion\": 1,\n \"nodes\": [\n {\"kind\": }\n]}");
        assertEquals(3, e.problems().getFirst().line(), e.getMessage());
    }

    @Test
    void nonsensicalLinksAndCyclesAreExplained() {
        String db = """
                {"kind": "postgres", "id": "db", "role": "single", "version": "14", "applyRate": 0, "backup": "daily",
                 "capacity": {"instances": 1, "instanceSize": "r5.large", "perInstanceRps": 100, "baseLatencyMs": 2, "bootTimeSeconds": 30}}""";
        TopologyFileException e = refused(chainWith(API + "," + db,
                "{\"from\": \"db\", \"to\": \"api\", \"type\": \"http\"}"));
        assertTrue(e.getMessage().contains("cannot go from a postgres"), e.getMessage());

        String api2 = API.replace("\"id\": \"api\"", "\"id\": \"api2\"");
        e = refused(chainWith(API + "," + api2, """
                {"from": "api", "to": "api2", "type": "http"}, {"from": "api2", "to": "api", "type": "http"}"""));
        assertTrue(e.getMessage().contains("cycle: api -> api2 -> api"), e.getMessage());
    }

    @Test
    void everyProblemIsReportedNotJustTheFirst() {
        TopologyFileException e = refused(chainWith(API.replace("\"perInstanceRps\": 100", "\"perInstanceRps\": 0")
                .replace("[8080]", "[70000]"), "{\"from\": \"users\", \"to\": \"nowhere\", \"type\": \"http\"}"));
        assertEquals(3, e.problems().size(), e.problems().toString());
        assertTrue(e.getMessage().contains("and 2 more problems"), e.getMessage());
    }

    @Test
    void anInterruptedSaveNeverReplacesTheGoodFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("t.json");
        Topology good = Fixtures.preset("production");
        codec.write(good, file);
        byte[] before = Files.readAllBytes(file);
        // A crash mid-save leaves only a temporary file behind; the target is untouched.
        Files.writeString(dir.resolve(".t.json.123.tmp"), "{\"schemaVersion\": 1, \"nodes\": [");
        assertEquals(good, codec.read(file));
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(file));
    }
}
