package org.devopssim.ml.nab;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.devopssim.ml.data.BadInputException;
import org.devopssim.ml.data.Timestamps;

/**
 * NAB's {@code combined_windows.json}: {@code {"<category>/<file>.csv": [["start", "end"], ...]}}.
 * Read with a streaming parser so every error can name its line.
 */
public final class LabelWindows {

    private final Map<String, List<AnomalyWindow>> byFile;

    private LabelWindows(Map<String, List<AnomalyWindow>> byFile) {
        this.byFile = Collections.unmodifiableMap(byFile);
    }

    /** Keys in file order, e.g. {@code realAWSCloudwatch/ec2_cpu_utilization_24ae8d.csv}. */
    public Map<String, List<AnomalyWindow>> byFile() {
        return byFile;
    }

    public static LabelWindows read(Path file) {
        try (JsonParser p = new JsonFactory().createParser(Files.newBufferedReader(file))) {
            return new LabelWindows(parse(file, p));
        } catch (NoSuchFileException e) {
            throw new BadInputException(file, 0, "no such file");
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new BadInputException(file, line, "invalid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static Map<String, List<AnomalyWindow>> parse(Path file, JsonParser p) throws IOException {
        Map<String, List<AnomalyWindow>> result = new LinkedHashMap<>();
        expect(file, p, p.nextToken(), JsonToken.START_OBJECT, "an object of file name -> windows");
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            expect(file, p, t, JsonToken.FIELD_NAME, "a data file name");
            String name = p.currentName();
            expect(file, p, p.nextToken(), JsonToken.START_ARRAY, "a list of windows for " + name);
            List<AnomalyWindow> windows = new ArrayList<>();
            for (JsonToken w = p.nextToken(); w != JsonToken.END_ARRAY; w = p.nextToken()) {
                expect(file, p, w, JsonToken.START_ARRAY, "a window [start, end]");
                long start = timestamp(file, p);
                long end = timestamp(file, p);
                if (end < start) {
                    throw new BadInputException(file, line(p), "window of " + name + " ends before it starts");
                }
                expect(file, p, p.nextToken(), JsonToken.END_ARRAY, "the end of a window [start, end]");
                windows.add(new AnomalyWindow(start, end));
            }
            if (result.put(name, List.copyOf(windows)) != null) {
                throw new BadInputException(file, line(p), "file " + name + " listed twice");
            }
        }
        return result;
    }

    private static long timestamp(Path file, JsonParser p) throws IOException {
        expect(file, p, p.nextToken(), JsonToken.VALUE_STRING, "a timestamp string");
        try {
            return Timestamps.parseEpochSeconds(p.getText());
        } catch (DateTimeParseException e) {
            throw new BadInputException(file, line(p), "unparsable timestamp '" + p.getText()
                    + "', expected YYYY-MM-DD HH:MM:SS[.ffffff]");
        }
    }

    private static void expect(Path file, JsonParser p, JsonToken actual, JsonToken wanted, String what)
            throws IOException {
        if (actual != wanted) {
            throw new BadInputException(file, line(p), "expected " + what + ", found "
                    + (actual == null ? "end of file" : p.getText()));
        }
    }

    private static long line(JsonParser p) {
        return p.currentLocation().getLineNr();
    }
}
