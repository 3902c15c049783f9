package org.devopssim.ml.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeriesCsvReaderTest {

    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("series.csv"), text);
    }

    private BadInputException failure(String text) throws IOException {
        Path file = write(text);
        return assertThrows(BadInputException.class, () -> SeriesCsvReader.readAll(file));
    }

    @Test
    void streamsRowsWithLineNumbersAndUtcEpochSeconds() throws IOException {
        Path file = write("timestamp,value\r\n2014-04-01 00:00:00,1.5\r\n\r\n2014-04-01 00:05:00,-2\r\n");
        try (SeriesCsvReader reader = SeriesCsvReader.open(file)) {
            assertEquals(new SeriesSample(2, 1396310400L, 1.5), reader.next());
            assertEquals(new SeriesSample(4, 1396310700L, -2.0), reader.next());
            assertNull(reader.next());
        }
    }

    @Test
    void readsANamedColumnOfAWiderFile() throws IOException {
        Path file = write("timestamp,value,anomaly_score\n2014-04-01 00:00:00,7,0.25\n");
        assertEquals(0.25, SeriesCsvReader.readAll(file, "anomaly_score").getFirst().value());
    }

    @Test
    void acceptsRepeatedTimestampsAsRealExportsHaveThem() throws IOException {
        Path file = write("timestamp,value\n2014-03-09 03:00:00,1\n2014-03-09 03:00:00,2\n");
        assertEquals(List.of(1.0, 2.0), SeriesCsvReader.readAll(file).stream().map(SeriesSample::value).toList());
    }

    @Test
    void rejectsBadHeaderNamingLineOne() throws IOException {
        BadInputException e = failure("time,value\n2014-04-01 00:00:00,1\n");
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("series.csv:1:"), e.getMessage());
        assertTrue(e.getMessage().contains("'time,value'"), e.getMessage());
    }

    @Test
    void rejectsUnparsableNumberWithItsLine() throws IOException {
        BadInputException e = failure("timestamp,value\n2014-04-01 00:00:00,1\n2014-04-01 00:05:00,abc\n");
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("unparsable number 'abc'"), e.getMessage());
    }

    @Test
    void rejectsUnparsableTimestampWithItsLine() throws IOException {
        BadInputException e = failure("timestamp,value\n01/04/2014 00:00,1\n");
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("unparsable timestamp"), e.getMessage());
    }

    @Test
    void rejectsUnsortedRowsWithTheLineThatGoesBack() throws IOException {
        BadInputException e = failure("timestamp,value\n2014-04-01 00:05:00,1\n2014-04-01 00:00:00,2\n");
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("sorted"), e.getMessage());
    }

    @Test
    void rejectsMissingFieldsAndNonFiniteValues() throws IOException {
        assertEquals(2, failure("timestamp,value\n2014-04-01 00:05:00\n").line());
        assertEquals(2, failure("timestamp,value\n2014-04-01 00:05:00,NaN\n").line());
    }
}
