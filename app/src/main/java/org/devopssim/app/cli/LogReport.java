package org.devopssim.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import org.devopssim.simulation.engine.Simulation;
import org.devopssim.simulation.events.SimEvent;
import org.devopssim.simulation.logs.LogLevel;
import org.devopssim.simulation.logs.LogStream;
import org.devopssim.simulation.logs.LogTemplate;
import org.devopssim.simulation.scenario.Durations;

/** {@code run --logs}: what the run's components logged, its mined templates and its AI log alerts. */
final class LogReport {

    /** Templates listed, most frequent first; the rest are counted. */
    static final int TEMPLATES_SHOWN = 40;
    private static final ObjectMapper JSON = new ObjectMapper();

    private LogReport() {
    }

    static void print(Simulation sim, boolean json, PrintStream out) {
        LogStream logs = sim.logs();
        long[] totals = logs.totals();
        List<LogTemplate> templates = logs.templates().stream()
                .sorted(Comparator.comparingLong(LogTemplate::count).reversed().thenComparingInt(LogTemplate::id)).toList();
        List<SimEvent> alerts = sim.eventLog().all().stream()
                .filter(e -> e.kind().equals("alert-firing") && e.message().startsWith("FIRING AiLog(")).toList();
        if (json) {
            ObjectNode node = JSON.createObjectNode();
            node.put("type", "logs");
            ObjectNode levels = node.putObject("occurrences");
            for (LogLevel level : LogLevel.values()) {
                levels.put(level.label(), totals[level.ordinal()]);
            }
            node.put("sampledAway", logs.sampledAway());
            node.put("analysis", !templates.isEmpty());
            ArrayNode list = node.putArray("templates");
            for (LogTemplate t : templates) {
                list.addObject().put("id", t.id()).put("level", t.level().label()).put("count", t.count())
                        .put("firstSeen", t.firstSeen()).put("template", t.text());
            }
            ArrayNode fired = node.putArray("alerts");
            for (SimEvent e : alerts) {
                fired.addObject().put("t", Durations.format(e.time())).put("second", e.time()).put("node", e.nodeId())
                        .put("message", e.message());
            }
            out.println(node);
            return;
        }
        StringBuilder levels = new StringBuilder();
        for (int l = LogLevel.values().length - 1; l >= 0; l--) {
            levels.append(levels.isEmpty() ? "" : ", ").append(totals[l]).append(' ').append(LogLevel.values()[l].label());
        }
        out.println("logs: " + levels + " occurrences"
                + (logs.sampledAway() > 0 ? " (" + logs.sampledAway() + " counted but not rendered as lines)" : ""));
        if (templates.isEmpty()) {
            out.println("logs: no AI log analysis in this topology (the Experimental preset's ELK has it)");
            return;
        }
        out.println("log templates: %d mined".formatted(templates.size()));
        for (LogTemplate t : templates.subList(0, Math.min(TEMPLATES_SHOWN, templates.size()))) {
            out.println("  #%-3d %-5s %12d  first %s  %s".formatted(t.id(), t.level().label(), t.count(),
                    Durations.format(t.firstSeen()), t.text()));
        }
        if (templates.size() > TEMPLATES_SHOWN) {
            out.println("  ... and %d more".formatted(templates.size() - TEMPLATES_SHOWN));
        }
        out.println("AI log alerts: %d fired".formatted(alerts.size()));
        for (SimEvent e : alerts) {
            out.println("  %s  %s".formatted(Durations.format(e.time()), e.message()));
        }
    }
}
