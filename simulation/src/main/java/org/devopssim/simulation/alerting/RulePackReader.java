package org.devopssim.simulation.alerting;

import org.devopssim.simulation.codec.BadFileException;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.devopssim.simulation.events.Severity;
import org.devopssim.simulation.metrics.Metric;
import org.devopssim.simulation.model.Mode;
import org.devopssim.simulation.scenario.Durations;

/**
 * Reads a rule pack file (version 1). Shape, with every field of the bundled packs:
 * <pre>
 * { "version": 1, "mode": "production", "emailTo": "oncall@example.org", "defaultChannels": ["email"],
 *   "rules": [{ "alert": "HighErrorRate", "metric": "error-rate", "target": "kind:app-service",
 *               "op": "&gt;", "threshold": 5, "for": "2m", "severity": "critical", "summary": "{node} ..." }],
 *   "slos": [{ "name": "availability", "service": "system", "objective": "availability",
 *              "target": 99.9, "window": "30d" },
 *            { "name": "latency", "service": "system", "objective": "latency", "thresholdMs": 300,
 *              "target": 95, "window": "30d" }],
 *   "burnRateAlerts": [{ "alert": "ErrorBudgetFastBurn", "longWindow": "1h", "shortWindow": "5m",
 *                        "factor": 14.4, "severity": "critical" }],
 *   "anomaly": { "target": "kind:app-service", "metrics": ["request-rate"], "threshold": 0.9,
 *                "for": "30s", "severity": "warning" } }
 * </pre>
 */
public final class RulePackReader {

    public static final int VERSION = 1;

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    record PackFile(Integer version, String mode, String emailTo, List<String> defaultChannels,
                    List<RuleEntry> rules, List<SloEntry> slos, List<BurnEntry> burnRateAlerts,
                    AnomalyEntry anomaly) {
    }

    record RuleEntry(String alert, String metric, String target, String op, Double threshold,
                     @JsonProperty("for") String forDuration, String severity, String summary) {
    }

    record SloEntry(String name, String service, String objective, Double thresholdMs, Double target,
                    String window) {
    }

    record BurnEntry(String alert, String longWindow, String shortWindow, Double factor, String severity) {
    }

    record AnomalyEntry(String target, List<String> metrics, Double threshold,
                        @JsonProperty("for") String forDuration, String severity) {
    }

    /** The bundled pack's resource path for a mode, below the assets' resource root. */
    public static String bundledPath(Mode mode) {
        return "alerts/" + mode.name().toLowerCase(Locale.ROOT) + ".json";
    }

    /**
     * Reads a pack.
     *
     * @param source the file's name, for messages
     */
    public RulePack read(InputStream in, String source) throws BadFileException {
        PackFile file;
        try {
            file = mapper.readValue(in, PackFile.class);
        } catch (JacksonException e) {
            throw BadFileException.unreadable(source, e);
        } catch (IOException e) {
            throw new BadFileException(source, "$", "cannot read: " + e.getMessage());
        }
        if (file == null) {
            throw new BadFileException(source, "$", "expected a JSON object, the file is empty");
        }
        return new Conversion(source).pack(file);
    }

    /** Turns the file's strings into typed values, naming the path of the first bad one. */
    private record Conversion(String source) {

        RulePack pack(PackFile f) throws BadFileException {
            Integer version = required(f.version(), "$.version", "the format version");
            if (version != VERSION) {
                throw new BadFileException(source, "$.version", "expected version " + VERSION + ", got " + version);
            }
            Mode mode = convert("$.mode", required(f.mode(), "$.mode", "a mode"), RulePackReader::mode);
            List<Channel> channels = new ArrayList<>();
            List<String> names = f.defaultChannels() == null ? List.of() : f.defaultChannels();
            for (int i = 0; i < names.size(); i++) {
                channels.add(convert("$.defaultChannels[" + i + "]", names.get(i), RulePackReader::channel));
            }
            if (channels.contains(Channel.EMAIL) && (f.emailTo() == null || f.emailTo().isBlank())) {
                throw new BadFileException(source, "$.emailTo", "expected a recipient for the email channel");
            }
            List<AlertRule> rules = new ArrayList<>();
            for (int i = 0; i < size(f.rules()); i++) {
                rules.add(rule(f.rules().get(i), "$.rules[" + i + "]"));
            }
            List<ServiceLevelObjective> slos = new ArrayList<>();
            for (int i = 0; i < size(f.slos()); i++) {
                slos.add(slo(f.slos().get(i), "$.slos[" + i + "]"));
            }
            List<BurnRateAlert> burns = new ArrayList<>();
            for (int i = 0; i < size(f.burnRateAlerts()); i++) {
                burns.add(burn(f.burnRateAlerts().get(i), "$.burnRateAlerts[" + i + "]"));
            }
            AnomalyPolicy anomaly = f.anomaly() == null ? null : anomaly(f.anomaly(), "$.anomaly");
            return new RulePack(mode, f.emailTo(), channels, rules, slos, burns, anomaly);
        }

        private AlertRule rule(RuleEntry r, String at) throws BadFileException {
            String name = required(r.alert(), at + ".alert", "the alert's name");
            Metric metric = convert(at + ".metric", required(r.metric(), at + ".metric", "a metric"),
                    MetricReading::parse);
            Target target = convert(at + ".target", r.target() == null ? "all" : r.target(), Target::parse);
            Comparison op = convert(at + ".op", required(r.op(), at + ".op", "a comparison"), Comparison::ofSymbol);
            double threshold = required(r.threshold(), at + ".threshold", "a number");
            long forSeconds = r.forDuration() == null ? 0 : convert(at + ".for", r.forDuration(), Durations::parseSeconds);
            Severity severity = convert(at + ".severity", required(r.severity(), at + ".severity", "a severity"),
                    RulePackReader::severity);
            return convert(at, r, x -> new AlertRule(name, metric, target, op, threshold, forSeconds, severity,
                    r.summary()));
        }

        private ServiceLevelObjective slo(SloEntry s, String at) throws BadFileException {
            String name = required(s.name(), at + ".name", "the SLO's name");
            Target service = convert(at + ".service", required(s.service(), at + ".service", "a service"),
                    Target::parse);
            String kind = required(s.objective(), at + ".objective", "'availability' or 'latency'");
            Objective objective = switch (kind) {
                case "availability" -> new Objective.Availability();
                case "latency" -> {
                    double ms = required(s.thresholdMs(), at + ".thresholdMs", "a latency threshold in ms");
                    yield convert(at + ".thresholdMs", ms, Objective.Latency::new);
                }
                default -> throw new BadFileException(source, at + ".objective",
                        "expected 'availability' or 'latency', got '" + kind + "'");
            };
            double target = required(s.target(), at + ".target", "a target percentage, e.g. 99.9");
            long window = convert(at + ".window", required(s.window(), at + ".window", "a window, e.g. 30d"),
                    Durations::parseSeconds);
            return convert(at, s, x -> new ServiceLevelObjective(name, service, objective, target, window));
        }

        private BurnRateAlert burn(BurnEntry b, String at) throws BadFileException {
            String name = required(b.alert(), at + ".alert", "the alert's name");
            long longW = convert(at + ".longWindow", required(b.longWindow(), at + ".longWindow", "a window"),
                    Durations::parseSeconds);
            long shortW = convert(at + ".shortWindow", required(b.shortWindow(), at + ".shortWindow", "a window"),
                    Durations::parseSeconds);
            double factor = required(b.factor(), at + ".factor", "a burn-rate factor, e.g. 14.4");
            Severity severity = convert(at + ".severity", required(b.severity(), at + ".severity", "a severity"),
                    RulePackReader::severity);
            return convert(at, b, x -> new BurnRateAlert(name, longW, shortW, factor, severity));
        }

        private AnomalyPolicy anomaly(AnomalyEntry a, String at) throws BadFileException {
            Target target = convert(at + ".target", required(a.target(), at + ".target", "a target"), Target::parse);
            List<String> names = required(a.metrics(), at + ".metrics", "a list of metrics");
            List<Metric> metrics = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                metrics.add(convert(at + ".metrics[" + i + "]", names.get(i), MetricReading::parse));
            }
            double threshold = required(a.threshold(), at + ".threshold", "a score threshold in (0, 1]");
            long forSeconds = a.forDuration() == null ? 0 : convert(at + ".for", a.forDuration(), Durations::parseSeconds);
            Severity severity = convert(at + ".severity", required(a.severity(), at + ".severity", "a severity"),
                    RulePackReader::severity);
            return convert(at, a, x -> new AnomalyPolicy(target, metrics, threshold, forSeconds, severity));
        }

        private <T> T required(T value, String path, String expected) throws BadFileException {
            if (value == null) {
                throw new BadFileException(source, path, "missing; expected " + expected);
            }
            return value;
        }

        private <A, T> T convert(String path, A value, Function<A, T> f) throws BadFileException {
            try {
                return f.apply(value);
            } catch (IllegalArgumentException e) {
                throw new BadFileException(source, path, e.getMessage());
            }
        }

        private static int size(List<?> list) {
            return list == null ? 0 : list.size();
        }
    }

    static Mode mode(String text) {
        for (Mode m : Mode.values()) {
            if (m.name().equalsIgnoreCase(text)) {
                return m;
            }
        }
        throw new IllegalArgumentException("expected production, development or experimental, got '" + text + "'");
    }

    static Channel channel(String text) {
        return switch (text) {
            case "email" -> Channel.EMAIL;
            case "console" -> Channel.CONSOLE;
            case "ai-anomaly" -> Channel.AI_ANOMALY;
            default -> throw new IllegalArgumentException("expected email, console or ai-anomaly, got '" + text + "'");
        };
    }

    static Severity severity(String text) {
        return switch (text) {
            case "info" -> Severity.INFO;
            case "warning" -> Severity.WARNING;
            case "critical" -> Severity.CRITICAL;
            default -> throw new IllegalArgumentException("expected info, warning or critical, got '" + text + "'");
        };
    }
}
