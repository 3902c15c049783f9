package org.devopssim.ml.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams a {@code timestamp,<column>...} CSV row by row (NAB data and detector result files), so a
 * long trace never has to fit in memory. Timestamps must not decrease; repeats are accepted because
 * real exports have them (two NAB files repeat 03:00:00 eleven times at a daylight-saving change).
 * Every problem is reported with the file and line.
 */
public final class SeriesCsvReader implements AutoCloseable {

    private final Path file;
    private final BufferedReader in;
    private final int valueColumn;
    private final int columns;
    private long lineNumber = 1;
    private long previousTimestamp = Long.MIN_VALUE;

    private SeriesCsvReader(Path file, BufferedReader in, int valueColumn, int columns) {
        this.file = file;
        this.in = in;
        this.valueColumn = valueColumn;
        this.columns = columns;
    }

    /** Opens a metric series with header {@code timestamp,value}. */
    public static SeriesCsvReader open(Path file) {
        return open(file, "value");
    }

    /**
     * Opens a CSV whose first column is {@code timestamp} and which has a column named
     * {@code valueColumn} (for example {@code anomaly_score} in detector results).
     */
    public static SeriesCsvReader open(Path file, String valueColumn) {
        BufferedReader in;
        try {
            in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BadInputException(file, 0, "no such file");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + file, e);
        }
        try {
            String header = in.readLine();
            if (header != null && header.startsWith("\uFEFF")) {
                header = header.substring(1);
            }
            String expected = "expected a header starting with 'timestamp' and a column '" + valueColumn + "'";
            if (header == null) {
                throw new BadInputException(file, 1, "empty file, " + expected);
            }
            String[] names = header.strip().split(",", -1);
            int index = List.of(names).indexOf(valueColumn);
            if (!names[0].equals("timestamp") || index < 0) {
                throw new BadInputException(file, 1, expected + ", found '" + header.strip() + "'");
            }
            return new SeriesCsvReader(file, in, index, names.length);
        } catch (IOException e) {
            closeQuietly(in);
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (RuntimeException e) {
            closeQuietly(in);
            throw e;
        }
    }

    /** Reads a whole file (for evaluation; streaming callers use {@link #next()}). */
    public static List<SeriesSample> readAll(Path file, String valueColumn) {
        List<SeriesSample> rows = new ArrayList<>();
        try (SeriesCsvReader reader = open(file, valueColumn)) {
            for (SeriesSample s = reader.next(); s != null; s = reader.next()) {
                rows.add(s);
            }
        }
        return rows;
    }

    public static List<SeriesSample> readAll(Path file) {
        return readAll(file, "value");
    }

    /** @return the next row, or {@code null} at the end of the file; blank lines are skipped */
    public SeriesSample next() {
        String line;
        try {
            do {
                line = in.readLine();
                lineNumber++;
            } while (line != null && line.isBlank());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " at line " + lineNumber, e);
        }
        if (line == null) {
            return null;
        }
        String[] cells = line.strip().split(",", -1);
        if (cells.length != columns) {
            throw bad("expected " + columns + " comma-separated fields, found " + cells.length);
        }
        long timestamp;
        try {
            timestamp = Timestamps.parseEpochSeconds(cells[0]);
        } catch (DateTimeParseException e) {
            throw bad("unparsable timestamp '" + cells[0] + "', expected YYYY-MM-DD HH:MM:SS");
        }
        if (timestamp < previousTimestamp) {
            throw bad("timestamp " + cells[0].trim() + " is before the previous row's "
                    + Timestamps.format(previousTimestamp) + " (rows must be sorted by time)");
        }
        double value;
        try {
            value = Double.parseDouble(cells[valueColumn].trim());
        } catch (NumberFormatException e) {
            throw bad("unparsable number '" + cells[valueColumn] + "' in column " + (valueColumn + 1));
        }
        if (!Double.isFinite(value)) {
            throw bad("value '" + cells[valueColumn] + "' is not a finite number");
        }
        previousTimestamp = timestamp;
        return new SeriesSample(lineNumber, timestamp, value);
    }

    private BadInputException bad(String problem) {
        return new BadInputException(file, lineNumber, problem);
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + file, e);
        }
    }

    private static void closeQuietly(BufferedReader in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // already failing with a better message
        }
    }
}
