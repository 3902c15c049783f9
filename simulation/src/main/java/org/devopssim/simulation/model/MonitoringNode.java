package org.devopssim.simulation.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A monitoring component.
 *
 * @param metrics  what it collects, as the seed lists it (e.g. "CPU", "Build time")
 * @param optional present but may be switched off (Development's optional Prometheus)
 */
public record MonitoringNode(String id, String name, String parent, Position position,
                             Tool tool, List<String> metrics, AlertChannel alertChannel, boolean optional,
                             Capacity capacity) implements Node {

    public enum Tool {
        @JsonProperty("prometheus") PROMETHEUS("Prometheus"),
        @JsonProperty("grafana") GRAFANA("Grafana"),
        @JsonProperty("thanos") THANOS("Thanos"),
        @JsonProperty("elk") ELK("ELK"),
        @JsonProperty("console-logs") CONSOLE_LOGS("Console logs");

        private final String label;

        Tool(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum AlertChannel {
        @JsonProperty("none") NONE,
        @JsonProperty("email") EMAIL,
        @JsonProperty("console") CONSOLE,
        @JsonProperty("ai-anomaly") AI_ANOMALY
    }
}
