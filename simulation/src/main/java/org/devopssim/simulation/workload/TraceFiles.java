package org.devopssim.simulation.workload;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.devopssim.simulation.codec.TopologyFileException;
import org.devopssim.simulation.model.MetricTrace;

/**
 * Opens a trace file in any supported format, told apart by content rather than by name: JSON
 * starting with '{' is a Prometheus query_range response, a {@code timestamp,value} header is
 * NAB's CSV ({@link TraceCsv}), a {@code Timestamp,...} or {@code Label,...} header a CloudWatch export.
 */
public final class TraceFiles {

    /** A trace, what resampling did, and which format and series it was read as. */
    public record Loaded(MetricTrace trace, TraceCsv.Report report, String shape) {
        public String summary() {
            return shape + "; " + report.summary();
        }
    }

    private TraceFiles() {
    }

    /** @param select a Prometheus series selector {@code label=value}, or null for the first series */
    public static Loaded read(Path file, String select) throws TopologyFileException, IOException {
        String text = Files.readString(file);
        String name = file.toString();
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (body.stripLeading().startsWith("{")) {
            return PrometheusRangeTrace.read(new StringReader(body), name, select);
        }
        if (select != null) {
            throw new IllegalArgumentException("a series selector applies to Prometheus JSON only; " + name + " is a CSV");
        }
        BufferedReader lines = new BufferedReader(new StringReader(body));
        String header = lines.readLine();
        String firstRow = lines.readLine();
        if (header != null && header.strip().toLowerCase().matches("\"?timestamp\"?\\s*,\\s*\"?value\"?")) {
            // TraceCsv reads UTC stamps (with or without T/Z); a zone offset is CloudWatch's ISO form.
            boolean offset = firstRow != null && firstRow.split(",")[0].strip().replace("\"", "")
                    .matches(".*\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?[+-]\\d\\d:?\\d\\d");
            if (!offset) {
                TraceCsv.Loaded csv = TraceCsv.read(new StringReader(body), name);
                return new Loaded(csv.trace(), csv.report(), "CSV timestamp,value");
            }
            return CloudWatchCsvTrace.read(new StringReader(body), name);
        }
        if (header != null && CloudWatchCsvTrace.recognises(header)) {
            return CloudWatchCsvTrace.read(new StringReader(body), name);
        }
        TraceCsv.Loaded csv = TraceCsv.read(new StringReader(body), name); // refuses, naming the header
        return new Loaded(csv.trace(), csv.report(), "CSV timestamp,value");
    }
}
