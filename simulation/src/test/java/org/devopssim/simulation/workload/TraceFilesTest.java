package org.devopssim.simulation.workload;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.devopssim.simulation.codec.TopologyFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Prometheus query_range JSON and CloudWatch CSV through the shared resampler, picked by content. */
class TraceFilesTest {

    private static Path fixture(String name) throws Exception {
        return Path.of(TraceFilesTest.class.getResource("/traces/" + name).toURI());
    }

    @Test
    void prometheusMatrixUsesTheFirstSeriesOrTheOneALabelPicks() throws Exception {
        TraceFiles.Loaded first = TraceFiles.read(fixture("query-range.json"), null);
        assertArrayEquals(new double[] {0.25, 0.5, 1}, first.trace().values(), 1e-9);
        assertEquals(60, first.trace().stepSeconds());
        assertTrue(first.shape().startsWith("Prometheus query_range matrix, series 1 of 2 {__name__=\"http_requests\","
                + "instance=\"web-1:8080\",job=\"web\"} (the first)"), first.shape());

        TraceFiles.Loaded api = TraceFiles.read(fixture("query-range.json"), "job=api");
        // the NaN at 60 s is left out and bridged: 5, (10), 15, 10, 10 scaled by 15
        assertArrayEquals(new double[] {5 / 15.0, 10 / 15.0, 1, 10 / 15.0, 10 / 15.0}, api.trace().values(), 1e-9);
        assertEquals(1, api.report().gaps());
        assertTrue(api.shape().contains("series 2 of 2") && api.shape().contains("(picked by job=api)")
                && api.shape().contains("1 NaN/Inf samples left out"), api.shape());

        TopologyFileException none = assertThrows(TopologyFileException.class,
                () -> TraceFiles.read(fixture("query-range.json"), "job=db"));
        assertTrue(none.getMessage().contains("no series with job=\"db\""), none.getMessage());
    }

    @Test
    void cloudWatchConsoleDownloadIsSortedAndItsEmptyCellsBridged() throws Exception {
        TraceFiles.Loaded cw = TraceFiles.read(fixture("cloudwatch-console.csv"), null);
        assertArrayEquals(new double[] {0.25, 0.5, 0.75, 1, 1}, cw.trace().values(), 1e-9);
        assertEquals(60, cw.trace().stepSeconds());
        assertEquals(3, cw.report().unsortedRows(), "the console lists newest first");
        assertEquals(1, cw.report().gaps());
        assertEquals("CloudWatch CSV, console download (Label,...) layout, column 'RequestCount' (first of 2 value columns),"
                + " 1 rows without a datapoint bridged", cw.shape());
    }

    @Test
    void cloudWatchTimestampValueWithZoneOffsets() throws Exception {
        TraceFiles.Loaded cw = TraceFiles.read(fixture("cloudwatch-api.csv"), null);
        assertArrayEquals(new double[] {1, 0.5, 0.25}, cw.trace().values(), 1e-9);
        assertEquals(300, cw.trace().stepSeconds());
        assertTrue(cw.shape().startsWith("CloudWatch CSV, Timestamp,Value layout"), cw.shape());
    }

    @Test
    void nabCsvStillGoesThroughTraceCsv(@TempDir Path dir) throws Exception {
        Path nab = Files.writeString(dir.resolve("nab.csv"), "timestamp,value\n2014-04-01 00:00:00,1\n2014-04-01 00:05:00,2\n");
        TraceFiles.Loaded t = TraceFiles.read(nab, null);
        assertEquals("CSV timestamp,value", t.shape());
        assertArrayEquals(new double[] {0.5, 1}, t.trace().values(), 1e-9);
    }

    @Test
    void badInputNamesThePlace(@TempDir Path dir) throws Exception {
        Path json = Files.writeString(dir.resolve("r.json"), "{\"status\":\"success\",\n\"data\": {\"resultType\":\"vector\"}}");
        TopologyFileException e = assertThrows(TopologyFileException.class, () -> TraceFiles.read(json, null));
        assertTrue(e.getMessage().contains("$.data.resultType: expected \"matrix\""), e.getMessage());
        Path broken = Files.writeString(dir.resolve("b.json"), "{\"status\":\n\n  oops}");
        TopologyFileException b = assertThrows(TopologyFileException.class, () -> TraceFiles.read(broken, null));
        assertTrue(b.getMessage().contains("line 3"), b.getMessage());
        Path csv = Files.writeString(dir.resolve("c.csv"), "Label,Requests\n2024-05-01T10:00:00Z,1\nyesterday,2\n");
        TopologyFileException c = assertThrows(TopologyFileException.class, () -> TraceFiles.read(csv, null));
        assertTrue(c.getMessage().contains("line 3") && c.getMessage().contains("unparsable timestamp 'yesterday'"),
                c.getMessage());
    }
}
