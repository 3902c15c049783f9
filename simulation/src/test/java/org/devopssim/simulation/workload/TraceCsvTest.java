package org.devopssim.simulation.workload;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.devopssim.simulation.codec.TopologyFileException;
import org.devopssim.simulation.engine.Simulation;
import org.devopssim.simulation.Fixtures;
import org.devopssim.simulation.model.MetricTrace;
import org.devopssim.simulation.model.PriceTable;
import org.devopssim.simulation.scenario.TraceReplay;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class TraceCsvTest {

    private static TraceCsv.Loaded read(String csv) throws Exception {
        return TraceCsv.read(new StringReader(csv), "t.csv");
    }

    @Test
    void untidyRowsAreSortedAveragedBridgedAndReported() throws Exception {
        TraceCsv.Loaded t = read("""
                timestamp,value
                2014-04-01 00:10:00,30
                2014-04-01 00:00:00,10
                2014-04-01 00:05:00,20
                2014-04-01 00:05:00,40
                2014-04-01 00:25:00,60
                """);
        assertEquals(300, t.trace().stepSeconds());
        // 00:00 10, 00:05 mean 30, 00:10 30, then a 15-minute gap bridged at 40, 50, 60.
        assertArrayEquals(new double[]{10 / 60.0, 0.5, 0.5, 40 / 60.0, 50 / 60.0, 1}, t.trace().values(), 1e-12);
        TraceCsv.Report r = t.report();
        assertEquals(5, r.rows());
        assertEquals(1, r.unsortedRows());
        assertEquals(1, r.repeatedTimestamps());
        assertEquals(1, r.gaps());
        assertEquals(900, r.longestGapSeconds());
    }

    @Test
    void badInputNamesTheLine() {
        TopologyFileException e = assertThrows(TopologyFileException.class, () -> read("time,v\n"));
        assertEquals(1, e.problems().getFirst().line());
        e = assertThrows(TopologyFileException.class, () -> read("timestamp,value\n2014-04-01 00:00:00,1\n2014-04-01 00:05:00,lots\n"));
        assertEquals(3, e.problems().getFirst().line());
        assertTrue(e.getMessage().contains("unparsable number 'lots'"), e.getMessage());
        e = assertThrows(TopologyFileException.class, () -> read("timestamp,value\nyesterday,1\n"));
        assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("timestamp"), e.getMessage());
    }

    @Test
    void theTraceIsInterpolatedToTheSecondAndLoops() {
        MetricTrace t = new MetricTrace("x", 60, new double[]{0, 1});
        assertEquals(0.5, t.at(30), 1e-12);
        assertEquals(0.5, t.at(90), 1e-12, "halfway back to the start");
        assertEquals(0.0, t.at(120), 1e-12, "loops");
    }

    @Test
    void aReplayedTraceDrivesTheUsersTraffic() throws Exception {
        TraceCsv.Loaded t = read("timestamp,value\n2014-04-01 00:00:00,100\n2014-04-01 00:10:00,400\n2014-04-01 00:20:00,100\n");
        var topology = TraceReplay.apply(Fixtures.chain(100, 20), t.trace(), 800.0);
        Simulation sim = new Simulation(topology, 1, PriceTable.free());
        sim.advance(60);
        double early = sim.system().offeredRps();
        sim.advance(540);
        double peak = sim.system().offeredRps();
        assertEquals(800 * (0.25 + 0.75 * 60 / 600), early, 1, "a tenth of the way from a quarter of the peak to the peak");
        assertEquals(800, peak, 40, "the peak at the trace's largest value");
    }

    @Test
    void realNabSeriesLoad() throws Exception {
        Path dir = Path.of("..", "..", "shared", "data", "nab", "data", "realAWSCloudwatch");
        if (!Files.isDirectory(dir)) {
            dir = Path.of("..", "shared", "data", "nab", "data", "realAWSCloudwatch");
        }
        Assumptions.assumeTrue(Files.isDirectory(dir), "../shared/data/nab is absent: skipping the real-trace check");
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                try (var in = Files.newBufferedReader(f)) {
                    TraceCsv.Loaded t = TraceCsv.read(in, f.toString());
                    assertEquals(300, t.report().stepSeconds(), f.toString());
                    assertTrue(t.trace().values().length >= 1000, f.toString());
                }
            }
        }
    }
}
