package org.devopssim.simulation.imports.prometheus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.devopssim.simulation.alerting.AlertRule;
import org.devopssim.simulation.events.Severity;
import org.devopssim.simulation.imports.ImportException;
import org.devopssim.simulation.imports.Origin;
import org.devopssim.simulation.imports.yaml.YamlMap;
import org.devopssim.simulation.imports.yaml.YamlNode;
import org.devopssim.simulation.imports.yaml.YamlReader;
import org.devopssim.simulation.imports.yaml.YamlScalar;

/**
 * Reads Prometheus rule files ({@code groups: [{name, rules: [{alert, expr, for, labels,
 * annotations}]}]}) into simulated alert rules. A file that is not such a file (malformed YAML, a
 * list where a mapping belongs, a bad duration) is an {@link ImportException} with file and line;
 * a well-formed rule whose expression is outside the supported PromQL subset is refused in the
 * {@link RuleImport} with its reason.
 */
public final class PrometheusRuleImporter {

    private PrometheusRuleImporter() {
    }

    /** A file is a rule file when its first document is a mapping with {@code groups}. */
    public static boolean isRuleFile(Path file) throws ImportException {
        List<YamlNode> docs = YamlReader.readAll(file);
        return !docs.isEmpty() && docs.getFirst() instanceof YamlMap m && m.has("groups") && !m.has("kind");
    }

    public static RuleImport importFiles(List<Path> files) throws ImportException {
        List<RuleImport.Entry> entries = new ArrayList<>();
        for (Path f : files) {
            entries.addAll(read(YamlReader.readAll(f), f.toString()).entries());
        }
        return new RuleImport(entries);
    }

    public static RuleImport read(String text, String fileName) throws ImportException {
        return read(YamlReader.readAll(text, fileName), fileName);
    }

    private static RuleImport read(List<YamlNode> docs, String fileName) throws ImportException {
        if (docs.isEmpty()) {
            throw new ImportException(new Origin(fileName, 0), "empty file; expected 'groups:'");
        }
        List<RuleImport.Entry> entries = new ArrayList<>();
        for (YamlNode doc : docs) {
            if (!(doc instanceof YamlMap m) || !m.has("groups")) {
                throw new ImportException(doc.origin(), "expected a Prometheus rule file with 'groups:', got "
                        + doc.describe());
            }
            for (YamlMap group : m.maps("groups")) {
                String groupName = group.requireString("name", "the group's name");
                for (YamlMap rule : group.maps("rules")) {
                    entries.add(entry(groupName, rule));
                }
            }
        }
        return new RuleImport(entries);
    }

    private static RuleImport.Entry entry(String group, YamlMap r) throws ImportException {
        String expr = r.requireString("expr", "the PromQL expression");
        if (!r.has("alert")) {
            String record = r.string("record");
            if (record == null) {
                throw new ImportException(r.origin(), "expected 'alert' (or 'record') in a rule");
            }
            return new RuleImport.Entry(r.origin(), group, record, expr, null,
                    "a recording rule: only alerting rules are simulated", List.of());
        }
        String name = r.requireString("alert", "the alert's name");
        long forSeconds = r.has("for") ? duration(r.scalar("for")) : 0;
        Severity severity = severity(r);
        String summary = summary(r);
        try {
            RuleTranslator.Translation t = RuleTranslator.translate(expr);
            AlertRule rule = new AlertRule(name, t.metric(), t.target(), t.comparison(), t.threshold(), forSeconds,
                    severity, summary, t.window());
            return new RuleImport.Entry(r.origin(), group, name, expr, rule, null, t.notes());
        } catch (Refusal e) {
            return new RuleImport.Entry(r.originOf("expr"), group, name, expr, null, e.reason(), List.of());
        }
    }

    private static long duration(YamlScalar s) throws ImportException {
        String text = s.text().trim();
        // Prometheus durations: 30s, 2m, 1h30m, 0m.
        if (!text.matches("(\\d+(ms|s|m|h|d|w|y))+")) {
            throw new ImportException(s.origin(), "expected 'for' as a duration like 30s, 2m or 1h, got " + s.describe());
        }
        long total = 0;
        var m = java.util.regex.Pattern.compile("(\\d+)(ms|s|m|h|d|w|y)").matcher(text);
        while (m.find()) {
            total += Long.parseLong(m.group(1)) * switch (m.group(2)) {
                case "s" -> 1L;
                case "m" -> 60L;
                case "h" -> 3600L;
                case "d" -> 86_400L;
                case "w" -> 7 * 86_400L;
                case "y" -> 365 * 86_400L;
                default -> 0L; // milliseconds: below the simulation's one-second tick
            };
        }
        return total;
    }

    private static Severity severity(YamlMap r) throws ImportException {
        YamlMap labels = r.map("labels");
        String text = labels == null ? null : labels.string("severity");
        if (text == null) {
            return Severity.WARNING;
        }
        return switch (text.trim().toLowerCase()) {
            case "info", "none", "low" -> Severity.INFO;
            case "warning", "warn", "medium" -> Severity.WARNING;
            case "critical", "page", "high", "error" -> Severity.CRITICAL;
            default -> throw new ImportException(labels.originOf("severity"),
                    "expected severity info, warning or critical, got '" + text + "'");
        };
    }

    /**
     * The summary annotation with Prometheus's Go-template placeholders replaced by the
     * simulated rule's: {@code {{ $labels.instance }}} is the node, {@code {{ $value }}} the value.
     */
    private static String summary(YamlMap r) throws ImportException {
        YamlMap annotations = r.map("annotations");
        String text = annotations == null ? null : annotations.string("summary");
        if (text == null) {
            return null;
        }
        return text.replaceAll("\\{\\{\\s*\\$labels\\.(instance|node|pod|deployment)\\s*}}", "{node}")
                .replaceAll("\\{\\{\\s*\\$value[^}]*}}", "{value}")
                .replaceAll("\\{\\{[^}]*}}", "?");
    }
}
