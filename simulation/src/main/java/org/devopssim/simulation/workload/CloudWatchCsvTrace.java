package org.devopssim.simulation.workload;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.devopssim.simulation.codec.TopologyFileException;

/**
 * Reads a CloudWatch metric export as a traffic trace, through the shared {@link TraceResampler}.
 * Two layouts are recognised by the header: the API-style {@code Timestamp,Value} (or a statistic
 * such as {@code Timestamp,Average}) and the console's {@code Label,<metric>[,<metric>...]} download;
 * timestamps are ISO-8601 ({@code 2024-05-01T10:00:00Z}, {@code +02:00} offsets, or no zone meaning
 * UTC). The first value column is used; empty cells (no datapoint) are bridged as gaps.
 */
public final class CloudWatchCsvTrace {

    private CloudWatchCsvTrace() {
    }

    /** True when a header line is one of the CloudWatch layouts. */
    public static boolean recognises(String header) {
        List<String> cells = cells(header);
        return cells.size() >= 2 && (cells.getFirst().equalsIgnoreCase("Timestamp") && !cells.get(1).equalsIgnoreCase("value")
                || cells.getFirst().equalsIgnoreCase("Label")
                || cells.getFirst().equalsIgnoreCase("Timestamp") && cells.size() > 2);
    }

    public static TraceFiles.Loaded read(Reader source, String name) throws TopologyFileException, IOException {
        BufferedReader in = new BufferedReader(source);
        String header = in.readLine();
        if (header != null && header.startsWith("\uFEFF")) {
            header = header.substring(1);
        }
        if (header == null || !(recognises(header) || cells(header).size() == 2
                && cells(header).getFirst().equalsIgnoreCase("Timestamp"))) {
            throw TraceCsv.refused(name, 1, "header", "expected a CloudWatch header 'Timestamp,Value' or 'Label,<metric>', found '"
                    + (header == null ? "" : header.strip()) + "'");
        }
        List<String> columns = cells(header);
        String layout = columns.getFirst().equalsIgnoreCase("Label") ? "console download (Label,...)" : "Timestamp,Value";
        List<TraceResampler.Sample> samples = new ArrayList<>();
        int unsorted = 0;
        int empty = 0;
        int lineNumber = 1;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            List<String> cells = cells(line);
            if (cells.size() != columns.size()) {
                throw TraceCsv.refused(name, lineNumber, "row", "expected " + columns.size() + " comma-separated fields, found "
                        + cells.size());
            }
            long time = time(cells.getFirst(), name, lineNumber);
            String cell = cells.get(1);
            if (cell.isEmpty()) {
                empty++;
                continue;
            }
            double value;
            try {
                value = Double.parseDouble(cell);
            } catch (NumberFormatException e) {
                throw TraceCsv.refused(name, lineNumber, "value", "unparsable number '" + cell + "'");
            }
            if (!Double.isFinite(value) || value < 0) {
                throw TraceCsv.refused(name, lineNumber, "value", "expected a traffic value >= 0, found '" + cell + "'");
            }
            if (!samples.isEmpty() && time < samples.getLast().time()) {
                unsorted++;
            }
            samples.add(new TraceResampler.Sample(time, value));
        }
        if (samples.size() < 2) {
            throw TraceCsv.refused(name, lineNumber, "rows", "a trace needs at least two rows with values, found " + samples.size());
        }
        // CloudWatch's console lists newest first: sorting is expected here, not a defect.
        samples.sort(Comparator.comparingLong(TraceResampler.Sample::time));
        TraceCsv.Loaded loaded = TraceResampler.resample(name, samples, unsorted);
        String shape = "CloudWatch CSV, %s layout, column '%s'%s%s".formatted(layout, columns.get(1),
                columns.size() > 2 ? " (first of " + (columns.size() - 1) + " value columns)" : "",
                empty == 0 ? "" : ", " + empty + " rows without a datapoint bridged");
        return new TraceFiles.Loaded(loaded.trace(), loaded.report(), shape);
    }

    private static long time(String text, String name, int line) throws TopologyFileException {
        try {
            return OffsetDateTime.parse(text).toEpochSecond();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(text).getEpochSecond();
            } catch (DateTimeParseException e2) {
                try {
                    return LocalDateTime.parse(text.replace(' ', 'T')).toEpochSecond(ZoneOffset.UTC);
                } catch (DateTimeParseException e3) {
                    throw TraceCsv.refused(name, line, "timestamp", "unparsable timestamp '" + text
                            + "', expected ISO-8601 such as 2024-05-01T10:00:00Z");
                }
            }
        }
    }

    /** Comma-separated cells, surrounding quotes and spaces removed. */
    private static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        for (String c : line.split(",", -1)) {
            String t = c.strip();
            if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
                t = t.substring(1, t.length() - 1).strip();
            }
            out.add(t);
        }
        return out;
    }
}
