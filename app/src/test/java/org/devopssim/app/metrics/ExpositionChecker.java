package org.devopssim.app.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict reader of the Prometheus text format 0.0.4, for tests: every line is a HELP, a TYPE or
 * a sample; names and label names are valid; each family has one HELP and one TYPE before its
 * samples, and its samples are contiguous; no series repeats; values parse as Go floats.
 * Returns the problems found, empty when the text is valid.
 */
final class ExpositionChecker {

    private static final Pattern NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Pattern SAMPLE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})? (\\S+)( -?\\d+)?");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\\\n]|\\\\[\\\\\"n])*)\"");
    private static final Set<String> TYPES = Set.of("counter", "gauge", "histogram", "summary", "untyped");

    private ExpositionChecker() {
    }

    static List<String> problems(String text) {
        List<String> problems = new ArrayList<>();
        Map<String, String> types = new HashMap<>();
        Set<String> helps = new HashSet<>();
        Set<String> finished = new HashSet<>();
        Set<String> series = new HashSet<>();
        String current = null;
        if (!text.endsWith("\n")) {
            problems.add("the text must end with a newline");
        }
        int n = 0;
        for (String line : text.split("\n")) {
            n++;
            if (line.startsWith("# HELP ") || line.startsWith("# TYPE ")) {
                String[] parts = line.split(" ", 4);
                if (parts.length < 4 || !NAME.matcher(parts[2]).matches()) {
                    problems.add(n + ": bad comment line: " + line);
                    continue;
                }
                String name = parts[2];
                if (line.startsWith("# TYPE ")) {
                    if (!TYPES.contains(parts[3]) || types.put(name, parts[3]) != null) {
                        problems.add(n + ": bad or repeated TYPE: " + line);
                    }
                } else if (!helps.add(name)) {
                    problems.add(n + ": repeated HELP for " + name);
                }
                if (current != null && !current.equals(name)) {
                    finished.add(current);
                }
                current = name;
                continue;
            }
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            Matcher m = SAMPLE.matcher(line);
            if (!m.matches()) {
                problems.add(n + ": not a sample line: " + line);
                continue;
            }
            String name = m.group(1);
            if (!name.equals(current)) {
                problems.add(n + ": sample of " + name + " outside its family's block (TYPE first, samples together)");
            }
            if (finished.contains(name)) {
                problems.add(n + ": family " + name + " appears twice");
            }
            if ("counter".equals(types.get(name)) && !name.endsWith("_total")) {
                problems.add(n + ": counter " + name + " should end in _total");
            }
            String labels = m.group(3) == null ? "" : m.group(3);
            Set<String> names = new HashSet<>();
            for (String pair : splitLabels(labels)) {
                Matcher l = LABEL.matcher(pair);
                if (!l.matches() || !names.add(l.group(1))) {
                    problems.add(n + ": bad or repeated label '" + pair + "'");
                }
            }
            if (!series.add(name + "{" + labels + "}")) {
                problems.add(n + ": repeated series " + name + "{" + labels + "}");
            }
            String v = m.group(4);
            if (!(v.equals("NaN") || v.equals("+Inf") || v.equals("-Inf"))) {
                try {
                    Double.parseDouble(v);
                } catch (NumberFormatException e) {
                    problems.add(n + ": bad value " + v);
                }
            }
        }
        return problems;
    }

    /** Splits at commas outside quotes. */
    private static List<String> splitLabels(String labels) {
        List<String> out = new ArrayList<>();
        if (labels.isEmpty()) {
            return out;
        }
        StringBuilder sb = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < labels.length(); i++) {
            char c = labels.charAt(i);
            if (c == '\\' && quoted && i + 1 < labels.length()) {
                sb.append(c).append(labels.charAt(++i));
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                out.add(sb.toString());
                sb.setLength(0);
            } else {
                sb.append(c);
            }
        }
        out.add(sb.toString());
        return out;
    }
}
