package org.devopssim.simulation.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.devopssim.simulation.imports.compose.Interpolation;
import org.junit.jupiter.api.Test;

class InterpolationTest {

    private final ImportLog log = new ImportLog();
    private final Interpolation i = new Interpolation(Map.of("SET", "v", "EMPTY", ""), log);
    private final Origin at = new Origin("compose.yaml", 3);

    @Test
    void everyOperator() {
        assertEquals("v", i.apply("${SET}", at));
        assertEquals("v-v", i.apply("$SET-$SET", at));
        assertEquals("d", i.apply("${UNSET:-d}", at));
        assertEquals("d", i.apply("${EMPTY:-d}", at));
        assertEquals("", i.apply("${EMPTY-d}", at), "'-' only replaces unset, not empty");
        assertEquals("d", i.apply("${UNSET-d}", at));
        assertEquals("alt", i.apply("${SET:+alt}", at));
        assertEquals("", i.apply("${UNSET+alt}", at));
        assertEquals("x-v-y", i.apply("${UNSET:-x-${SET}-y}", at), "defaults are interpolated too");
        assertEquals("cost $5", i.apply("cost $$5", at));
        assertEquals(0, log.report("t").warnings().size());
        assertEquals("a", i.apply("a${MISSING}", at));
        assertEquals("", i.apply("${NEEDED:?set it}", at));
        assertEquals(2, log.report("t").warnings().size());
        assertEquals("compose.yaml:3: variable MISSING is not set (no .env entry); substituted an empty value",
                log.report("t").warnings().getFirst().toString());
    }
}
