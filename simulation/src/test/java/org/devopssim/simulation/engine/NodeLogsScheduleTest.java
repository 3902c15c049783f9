package org.devopssim.simulation.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.devopssim.simulation.Fixtures;
import org.devopssim.simulation.logs.LogLine;
import org.junit.jupiter.api.Test;

/**
 * Nodes with nothing to say are skipped until their next scheduled line is due: the periodic
 * lines must still come exactly on their period, node by node.
 */
class NodeLogsScheduleTest {

    @Test
    void periodicLinesKeepTheirPeriodWhileQuietNodesAreSkipped() {
        Simulation sim = Fixtures.simulation("experimental", 11);
        List<LogLine> lines = new ArrayList<>();
        long seen = 0;
        for (int s = 0; s < 1300; s++) {
            sim.tick();
            var fresh = sim.logs().fresh(seen);
            seen = fresh.appended();
            lines.addAll(fresh.lines());
        }
        assertPeriod(lines, "request completed", 10);
        assertPeriod(lines, "checkpoint starting", 300);
        assertPeriod(lines, "Background saving started", 300);
        assertPeriod(lines, "Rolled new log segment", 60);
    }

    private static void assertPeriod(List<LogLine> lines, String text, long period) {
        Map<String, List<Long>> seconds = new TreeMap<>();
        for (LogLine line : lines) {
            if (line.message().contains(text)) {
                seconds.computeIfAbsent(line.nodeId(), k -> new ArrayList<>()).add(line.second());
            }
        }
        assertFalse(seconds.isEmpty(), "no \"" + text + "\" lines at all");
        seconds.forEach((node, at) -> {
            assertEquals(1300 / period, at.size(), 1, node + ": \"" + text + "\" at " + at);
            for (int k = 1; k < at.size(); k++) {
                assertEquals(period, at.get(k) - at.get(k - 1), node + ": \"" + text + "\" at " + at);
            }
        });
    }
}
