package org.devopssim.simulation.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.devopssim.simulation.codec.TopologyFileException;
import org.devopssim.simulation.engine.Action;
import org.devopssim.simulation.engine.TimedAction;
import org.junit.jupiter.api.Test;

class ActionScriptTest {

    private static List<TimedAction> read(String json) throws TopologyFileException {
        return ActionScript.read(json.getBytes(StandardCharsets.UTF_8), "cmds.json");
    }

    @Test
    void readsAndSortsByTime() throws Exception {
        List<TimedAction> actions = read("""
                [{"at": "00:40:00", "action": "scale", "target": "api", "instances": 6},
                 {"at": "20m", "action": "scale", "instances": 2}]""");
        assertEquals(List.of(new TimedAction(1200, new Action.Scale(null, 2)),
                new TimedAction(2400, new Action.Scale("api", 6))), actions);
    }

    @Test
    void badEntriesAreNamedByPlace() {
        TopologyFileException e = assertThrows(TopologyFileException.class, () -> read("""
                [{"at": "soon", "action": "scale", "instances": 2},
                 {"at": "1m", "action": "explode"},
                 {"at": "1m", "action": "scale", "instances": -1}]"""));
        assertEquals(3, e.problems().size());
        assertEquals("$[0].at", e.problems().get(0).path());
        assertTrue(e.problems().get(1).message().contains("unknown action 'explode'"));
        assertEquals("$[2]", e.problems().get(2).path());
        assertTrue(e.problems().get(2).message().contains("instances must be >= 0"), e.problems().get(2).message());
    }

    @Test
    void durationsParseTheUsualForms() {
        assertEquals(90, Durations.parseSeconds("90s"));
        assertEquals(600, Durations.parseSeconds("10m"));
        assertEquals(86_400, Durations.parseSeconds("24h"));
        assertEquals(5400, Durations.parseSeconds("01:30:00"));
        assertEquals("1d 01:00:00", Durations.format(90_000));
        assertThrows(IllegalArgumentException.class, () -> Durations.parseSeconds("-5m"));
    }
}
