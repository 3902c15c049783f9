package org.devopssim.simulation.workload;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.devopssim.simulation.codec.TopologyFileException;

/**
 * Reads a Prometheus {@code /api/v1/query_range} response ({@code resultType: matrix}) as a
 * traffic trace: one series, picked by a label ({@code job=api}) or the first, through the shared
 * {@link TraceResampler}. NaN and infinite samples (Prometheus's stale or missing points) are left
 * out and the gap bridged.
 */
public final class PrometheusRangeTrace {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PrometheusRangeTrace() {
    }

    /**
     * @param select {@code label=value} naming the series, or null for the first
     * @return the trace, and which series of how many was used
     */
    public static TraceFiles.Loaded read(Reader source, String name, String select) throws TopologyFileException, IOException {
        JsonNode root;
        try {
            root = JSON.readTree(source);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw TraceCsv.refused(name, line, "$", "malformed JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.path("status").asText().equals("success")) {
            throw TraceCsv.refused(name, 0, "$.status", "expected a Prometheus API response with \"status\": \"success\", found "
                    + (root == null ? "nothing" : root.path("status")));
        }
        JsonNode data = root.path("data");
        if (!data.path("resultType").asText().equals("matrix")) {
            throw TraceCsv.refused(name, 0, "$.data.resultType", "expected \"matrix\" (a query_range response), found "
                    + data.path("resultType"));
        }
        JsonNode result = data.path("result");
        if (!result.isArray() || result.isEmpty()) {
            throw TraceCsv.refused(name, 0, "$.data.result", "the response holds no series");
        }
        int index = pick(result, select, name);
        JsonNode series = result.get(index);
        String path = "$.data.result[" + index + "].values";
        JsonNode values = series.path("values");
        if (!values.isArray()) {
            throw TraceCsv.refused(name, 0, path, "expected a list of [timestamp, \"value\"] pairs");
        }
        List<TraceResampler.Sample> samples = new ArrayList<>();
        int unsorted = 0;
        int skipped = 0;
        for (int i = 0; i < values.size(); i++) {
            JsonNode pair = values.get(i);
            if (!pair.isArray() || pair.size() != 2 || !pair.get(0).isNumber() || !pair.get(1).isTextual()) {
                throw TraceCsv.refused(name, 0, path + "[" + i + "]", "expected [timestamp, \"value\"], found " + pair);
            }
            double v;
            try {
                v = Double.parseDouble(pair.get(1).asText());
            } catch (NumberFormatException e) {
                throw TraceCsv.refused(name, 0, path + "[" + i + "][1]", "unparsable number '" + pair.get(1).asText() + "'");
            }
            if (!Double.isFinite(v)) {
                skipped++;
                continue;
            }
            if (v < 0) {
                throw TraceCsv.refused(name, 0, path + "[" + i + "][1]", "expected a traffic value >= 0, found " + v);
            }
            long t = (long) Math.floor(pair.get(0).asDouble());
            if (!samples.isEmpty() && t < samples.getLast().time()) {
                unsorted++;
            }
            samples.add(new TraceResampler.Sample(t, v));
        }
        if (samples.size() < 2) {
            throw TraceCsv.refused(name, 0, path, "a trace needs at least two finite samples, found " + samples.size());
        }
        samples.sort(Comparator.comparingLong(TraceResampler.Sample::time));
        TraceCsv.Loaded loaded = TraceResampler.resample(name, samples, unsorted);
        String shape = "Prometheus query_range matrix, series %d of %d %s%s%s".formatted(index + 1, result.size(),
                labels(series.path("metric")), select == null ? " (the first)" : " (picked by " + select + ")",
                skipped == 0 ? "" : ", " + skipped + " NaN/Inf samples left out");
        return new TraceFiles.Loaded(loaded.trace(), loaded.report(), shape);
    }

    private static int pick(JsonNode result, String select, String name) throws TopologyFileException {
        if (select == null) {
            return 0;
        }
        int eq = select.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("expected a series selector label=value, got '" + select + "'");
        }
        String label = select.substring(0, eq).trim();
        String value = select.substring(eq + 1).trim().replace("\"", "");
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < result.size(); i++) {
            JsonNode metric = result.get(i).path("metric");
            if (metric.path(label).asText("\u0000").equals(value)) {
                return i;
            }
            seen.add(labels(metric));
        }
        throw TraceCsv.refused(name, 0, "$.data.result", "no series with " + label + "=\"" + value + "\"; the series are "
                + seen);
    }

    private static String labels(JsonNode metric) {
        Map<String, String> sorted = new TreeMap<>();
        metric.properties().forEach(e -> sorted.put(e.getKey(), e.getValue().asText()));
        StringBuilder sb = new StringBuilder("{");
        sorted.forEach((k, v) -> sb.append(sb.length() > 1 ? "," : "").append(k).append("=\"").append(v).append('"'));
        return sb.append('}').toString();
    }
}
