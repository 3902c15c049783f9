package org.devopssim.simulation.workload;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.devopssim.simulation.codec.TopologyFileException;
import org.devopssim.simulation.codec.TopologyFileException.Problem;
import org.devopssim.simulation.model.MetricTrace;

/**
 * Reads a {@code timestamp,value} CSV (NAB's format, a CloudWatch export reduced to two columns)
 * as a traffic trace. Real exports are untidy, so this is lenient where it can be and says what it
 * did: unsorted rows are sorted, repeated timestamps averaged, gaps bridged by interpolation onto
 * a regular step (the median spacing). What cannot be read (a bad header, number or timestamp)
 * is refused with the line.
 */
public final class TraceCsv {

    /**
     * What was done to the file to make a trace of it.
     *
     * @param peakValue the largest value after resampling, in the file's unit: the trace's 1.0
     */
    public record Report(int rows, int stepSeconds, int unsortedRows, int repeatedTimestamps, int gaps,
                         long longestGapSeconds, double peakValue) {
        public String summary() {
            return "%d rows, step %d s, %d out of order (sorted), %d repeated timestamps (averaged), %d gaps bridged (longest %d s)"
                    .formatted(rows, stepSeconds, unsortedRows, repeatedTimestamps, gaps, longestGapSeconds);
        }
    }

    public record Loaded(MetricTrace trace, Report report) {
    }

    private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd")
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendLiteral('T').optionalEnd()
            .appendPattern("HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalStart().appendLiteral('Z').optionalEnd()
            .toFormatter();

    private record Row(long time, double value) {
    }

    static TraceResampler.Sample sample(Row r) {
        return new TraceResampler.Sample(r.time(), r.value());
    }

    private TraceCsv() {
    }

    public static Loaded read(Reader source, String name) throws TopologyFileException, IOException {
        BufferedReader in = new BufferedReader(source);
        String header = in.readLine();
        if (header != null && header.startsWith("\uFEFF")) {
            header = header.substring(1);
        }
        if (header == null || !header.strip().toLowerCase().matches("\"?timestamp\"?\\s*,\\s*\"?value\"?")) {
            throw refused(name, 1, "header", "expected the header 'timestamp,value', found '" + (header == null ? "" : header.strip()) + "'");
        }
        List<Row> rows = new ArrayList<>();
        int unsorted = 0;
        int lineNumber = 1;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length != 2) {
                throw refused(name, lineNumber, "row", "expected 2 comma-separated fields, found " + cells.length);
            }
            long time;
            try {
                time = LocalDateTime.parse(cells[0].strip().replace("\"", ""), TIMESTAMP).toEpochSecond(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw refused(name, lineNumber, "timestamp", "unparsable timestamp '" + cells[0].strip() + "', expected YYYY-MM-DD HH:MM:SS");
            }
            double value;
            try {
                value = Double.parseDouble(cells[1].strip().replace("\"", ""));
            } catch (NumberFormatException e) {
                throw refused(name, lineNumber, "value", "unparsable number '" + cells[1].strip() + "'");
            }
            if (!Double.isFinite(value) || value < 0) {
                throw refused(name, lineNumber, "value", "expected a traffic value >= 0, found '" + cells[1].strip() + "'");
            }
            if (!rows.isEmpty() && time < rows.getLast().time()) {
                unsorted++;
            }
            rows.add(new Row(time, value));
        }
        if (rows.size() < 2) {
            throw refused(name, lineNumber, "rows", "a trace needs at least two rows, found " + rows.size());
        }
        rows.sort(Comparator.comparingLong(Row::time));
        return TraceResampler.resample(name, rows.stream().map(TraceCsv::sample).toList(), unsorted);
    }

    static TopologyFileException refused(String name, int line, String column, String message) {
        return new TopologyFileException(name, List.of(new Problem(column, line, message)));
    }
}
