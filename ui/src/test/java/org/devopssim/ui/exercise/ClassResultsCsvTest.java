package org.devopssim.ui.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClassResultsCsvTest {

    private static final Map<String, String> TITLES = Map.of("db-primary-failover", "The database primary dies");

    @Test
    void oneRowPerAttemptWithTheDrillsTitle() {
        String csv = ClassResultsCsv.write(List.of(
                new AttemptStore.Summary(1, "db-primary-failover", "Ada", Instant.parse("2026-11-27T09:00:00Z"), 100),
                new AttemptStore.Summary(2, "unknown-drill", "Grace", Instant.parse("2026-11-27T09:05:30Z"), 35)),
                id -> TITLES.getOrDefault(id, id));
        assertEquals("attempt,exercise,title,name,finished,score\r\n"
                + "1,db-primary-failover,The database primary dies,Ada,2026-11-27T09:00:00Z,100\r\n"
                + "2,unknown-drill,unknown-drill,Grace,2026-11-27T09:05:30Z,35\r\n", csv);
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedAndFormulasAreDefused() {
        String csv = ClassResultsCsv.write(List.of(
                new AttemptStore.Summary(3, "db-primary-failover", "Lovelace, Ada \"the first\"", Instant.EPOCH, 80),
                new AttemptStore.Summary(4, "db-primary-failover", "=HYPERLINK(\"http://x\")", Instant.EPOCH, 0),
                new AttemptStore.Summary(5, "db-primary-failover", "two\nlines", Instant.EPOCH, 50)),
                id -> TITLES.getOrDefault(id, id));
        List<String> lines = csv.lines().toList();
        assertEquals("3,db-primary-failover,The database primary dies,\"Lovelace, Ada \"\"the first\"\"\",1970-01-01T00:00:00Z,80",
                lines.get(1));
        assertEquals("4,db-primary-failover,The database primary dies,\"'=HYPERLINK(\"\"http://x\"\")\",1970-01-01T00:00:00Z,0",
                lines.get(2));
        assertEquals("5,db-primary-failover,The database primary dies,\"two", lines.get(3));
        assertEquals("lines\",1970-01-01T00:00:00Z,50", lines.get(4));
    }

    @Test
    void anEmptyClassIsJustTheHeader() {
        assertEquals(ClassResultsCsv.HEADER + "\r\n", ClassResultsCsv.write(List.of(), id -> id));
    }
}
