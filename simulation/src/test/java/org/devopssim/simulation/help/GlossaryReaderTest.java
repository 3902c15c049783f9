package org.devopssim.simulation.help;

import org.devopssim.simulation.codec.BadFileException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GlossaryReaderTest {

    private static Glossary read(String json) throws BadFileException {
        return new GlossaryReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "g.json");
    }

    private static BadFileException fails(String json) {
        return assertThrows(BadFileException.class, () -> read(json));
    }

    @Test
    void readsAnEntry() throws Exception {
        Glossary g = read("""
                {"version": 1, "entries": [{"id": "kind:redis", "title": "Redis", "short": "A cache.",
                  "long": "An in-memory store.", "events": ["cache-flush"]}]}""");
        GlossaryEntry e = g.entry("kind:redis").orElseThrow();
        assertEquals("Redis", e.title());
        assertEquals("kind", e.family());
        assertEquals("A cache.", e.shortText());
        assertEquals(java.util.List.of("cache-flush"), e.eventKinds());
    }

    @Test
    void namesTheFileThePlaceAndWhatWasExpected() {
        BadFileException missingShort = fails("""
                {"version": 1, "entries": [{"id": "kind:redis", "title": "Redis", "long": "x"}]}""");
        assertEquals("g.json: $.entries[0].short: expected a short explanation", missingShort.getMessage());
        assertEquals("$.version", fails("{\"version\": 2, \"entries\": []}").path());
        assertTrue(fails("{\"version\": 1, \"entries\": [{\"id\": \"redis\", \"title\": \"R\", \"short\": \"s\", \"long\": \"l\"}]}")
                .getMessage().contains("expected an id like metric:latency-p95"));
        String entry = "{\"id\": \"kind:redis\", \"title\": \"R\", \"short\": \"s\", \"long\": \"l\"}";
        assertEquals("$.entries[1].id", fails("{\"version\": 1, \"entries\": [" + entry + "," + entry + "]}").path());
        assertTrue(fails("{\"version\": 1, \"entries\": [{\"id\": \"kind:redis\", \"titel\": \"R\"}]}")
                .getMessage().contains("unknown field 'titel'"));
        assertTrue(fails("{\"version\": 1, \"entries\": [").getMessage().startsWith("g.json: "));
    }
}
