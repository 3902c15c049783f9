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
import java.util.Arrays;
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

    /** What was done to the file to make a trace of it. */
    public record Report(int rows, int stepSeconds, int unsortedRows, int repeatedTimestamps, int gaps,
                         long longestGapSeconds) {
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
        return resample(name, rows, unsorted);
    }

    private static Loaded resample(String name, List<Row> sorted, int unsorted) throws TopologyFileException {
        List<Row> merged = new ArrayList<>();
        int repeated = 0;
        for (int i = 0; i < sorted.size(); ) {
            int j = i;
            double sum = 0;
            while (j < sorted.size() && sorted.get(j).time() == sorted.get(i).time()) {
                sum += sorted.get(j).value();
                j++;
            }
            repeated += j - i - 1;
            merged.add(new Row(sorted.get(i).time(), sum / (j - i)));
            i = j;
        }
        if (merged.size() < 2) {
            throw refused(name, 0, "timestamp", "a trace needs at least two distinct timestamps");
        }
        long[] deltas = new long[merged.size() - 1];
        for (int i = 1; i < merged.size(); i++) {
            deltas[i - 1] = merged.get(i).time() - merged.get(i - 1).time();
        }
        long[] ordered = deltas.clone();
        Arrays.sort(ordered);
        int step = (int) Math.max(1, ordered[ordered.length / 2]);
        int gaps = 0;
        long longest = 0;
        for (long d : deltas) {
            if (d > step * 3 / 2) {
                gaps++;
                longest = Math.max(longest, d);
            }
        }
        long first = merged.getFirst().time();
        int count = (int) ((merged.getLast().time() - first) / step) + 1;
        double[] values = new double[count];
        int k = 0;
        double max = 0;
        for (int i = 0; i < count; i++) {
            long t = first + (long) i * step;
            while (k + 1 < merged.size() - 1 && merged.get(k + 1).time() <= t) {
                k++;
            }
            Row a = merged.get(k);
            Row b = merged.get(Math.min(k + 1, merged.size() - 1));
            double frac = b.time() == a.time() ? 0 : Math.clamp((double) (t - a.time()) / (b.time() - a.time()), 0, 1);
            values[i] = a.value() + (b.value() - a.value()) * frac;
            max = Math.max(max, values[i]);
        }
        if (max <= 0) {
            throw refused(name, 0, "value", "every value is zero: there is no traffic shape to replay");
        }
        for (int i = 0; i < count; i++) {
            values[i] /= max;
        }
        return new Loaded(new MetricTrace(name, step, values),
                new Report(sorted.size(), step, unsorted, repeated, gaps, longest));
    }

    private static TopologyFileException refused(String name, int line, String column, String message) {
        return new TopologyFileException(name, List.of(new Problem(column, line, message)));
    }
}
