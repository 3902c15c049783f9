package org.devopssim.simulation.imports.prometheus;

import java.util.List;
import org.devopssim.simulation.alerting.AlertRule;
import org.devopssim.simulation.imports.Origin;

/**
 * What a Prometheus rule file became: every alerting rule, imported or refused with its reason,
 * in file order. Recording rules are listed as refused too: nothing is dropped without a word.
 */
public record RuleImport(List<Entry> entries) {

    public RuleImport {
        entries = List.copyOf(entries);
    }

    /**
     * One rule of the file.
     *
     * @param rule    the simulated rule, null when refused
     * @param refusal why it was refused, null when imported
     * @param notes   what was approximated or left out on the way
     */
    public record Entry(Origin origin, String group, String name, String expr, AlertRule rule, String refusal,
                        List<String> notes) {
        public Entry {
            notes = List.copyOf(notes);
        }

        public boolean imported() {
            return rule != null;
        }
    }

    public List<AlertRule> rules() {
        return entries.stream().filter(Entry::imported).map(Entry::rule).toList();
    }

    public List<Entry> refused() {
        return entries.stream().filter(e -> !e.imported()).toList();
    }

    public Entry entry(String name) {
        return entries.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no rule " + name));
    }

    /** The report as printed by the command line. */
    public String text() {
        StringBuilder sb = new StringBuilder("Imported Prometheus alert rules: %d of %d became simulated rules.%n"
                .formatted(rules().size(), entries.size()));
        for (Entry e : entries) {
            if (e.imported()) {
                AlertRule r = e.rule();
                sb.append("  %-36s -> %s %s %s %s%s for %ds, %s%n".formatted(e.name(), r.target().text(),
                        MetricNames.wire(r.metric()), r.comparison().symbol(), RuleTranslator.number(r.threshold()),
                        r.window() == null ? "" : " (" + r.window().text() + ")", r.forSeconds(),
                        r.severity().name().toLowerCase()));
                e.notes().forEach(n -> sb.append("      note: ").append(n).append('\n'));
            }
        }
        List<Entry> refused = refused();
        sb.append(refused.isEmpty() ? "No rule refused.\n" : "Refused (" + refused.size() + "):\n");
        refused.forEach(e -> sb.append("  ").append(e.origin()).append(": ").append(e.name()).append(": ")
                .append(e.refusal()).append('\n'));
        return sb.toString();
    }

    /** The metric names rule packs use ({@code latency-p95}). */
    private static final class MetricNames {
        static String wire(org.devopssim.simulation.metrics.Metric m) {
            return m.name().toLowerCase().replace('_', '-');
        }
    }
}
