package org.devopssim.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.devopssim.app.PresetLibrary;
import org.devopssim.app.RunFactory;
import org.devopssim.app.metrics.MetricsEndpoint;
import org.devopssim.app.metrics.Scrape;
import org.devopssim.app.metrics.SnapshotPublisher;
import org.devopssim.simulation.imports.ImportException;
import org.devopssim.simulation.imports.prometheus.PrometheusRuleImporter;
import org.devopssim.simulation.imports.prometheus.RuleImport;
import org.devopssim.ml.forecast.AdaptiveLoadForecaster;
import org.devopssim.simulation.alerting.ReliabilityReport;
import org.devopssim.simulation.security.PostureAudit;
import org.devopssim.simulation.codec.TopologyFileException;
import org.devopssim.simulation.engine.Simulation;
import org.devopssim.simulation.engine.Speed;
import org.devopssim.simulation.engine.SystemStatus;
import org.devopssim.simulation.engine.TimedAction;
import org.devopssim.simulation.events.SimEvent;
import org.devopssim.simulation.model.Topology;
import org.devopssim.simulation.scenario.ActionScript;
import org.devopssim.simulation.scenario.Durations;
import org.devopssim.simulation.scenario.TraceReplay;
import org.devopssim.simulation.workload.TraceFiles;

/** {@code devops-sim run}: the simulation without a window, one summary line per simulated minute. */
public final class RunCommand implements Subcommand {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PresetLibrary presets;
    private final Supplier<RunFactory> withMl;
    private final RunFactory withoutMl;

    /**
     * @param withMl    runs with the shipped forecaster and detector (asked for only when a run needs it)
     * @param withoutMl runs for {@code --no-ml}
     */
    public RunCommand(PresetLibrary presets, Supplier<RunFactory> withMl, RunFactory withoutMl) {
        this.presets = presets;
        this.withMl = withMl;
        this.withoutMl = withoutMl;
    }

    /** One factory for both (tests). */
    public RunCommand(PresetLibrary presets, RunFactory factory) {
        this(presets, () -> factory, factory);
    }

    @Override
    public String name() {
        return "run";
    }

    @Override
    public String summary() {
        return "run a preset or topology headless and print a summary per simulated minute";
    }

    @Override
    public String usage() {
        return """
                Usage: devops-sim run (--preset production|development|experimental | --topology FILE)
                                      [--duration 1h] [--seed 42] [--speed max] [--commands FILE] [--json]
                                      [--no-ml] [--logs]

                Runs the simulation without a window and prints one line per simulated minute:
                offered and succeeded requests/s, error rate, end-to-end latency p50/p95/p99,
                availability so far, ready instances, mean CPU and cost. Events (faults,
                failovers, alerts firing and resolved, scaling, deploy steps, rollbacks) are
                printed as they happen; at the end, the alerts, the SLOs' error budgets and the
                security findings. Two runs with the same topology, seed and commands print the
                same output.

                By default the run uses the shipped ML, loaded before the first simulated second: the
                learned load forecaster for predictive autoscaling (the statistical fallback if the
                model cannot be loaded; stderr says which) and the anomaly detector for AI alerts and
                AI canary analysis. There is no online training here, so runs stay reproducible.

                  --preset NAME      one of the seed's modes (default: production)
                  --topology FILE    a topology JSON file instead of a preset
                  --duration D       simulated time to run: 90s, 10m, 1h, 24h, 2d or 01:30:00 (default 1h)
                  --seed N           seed of every random choice (default 42)
                  --speed S          max (default), or a multiple of real time such as 60
                  --commands FILE    timed actions, e.g. [{"at": "00:20:00", "action": "db-primary-crash"},
                                     {"at": "00:40:00", "action": "scale", "target": "api", "instances": 6}];
                                     faults take "duration": "10m" (left out: until fixed). Actions:
                                     %s
                  --trace FILE       replay a metric series as the users' traffic instead of the daily curve:
                                     a timestamp,value CSV (e.g. a NAB series), a Prometheus query_range
                                     JSON response or a CloudWatch CSV export (told apart by content);
                                     unsorted rows, repeats and gaps are handled and reported
                  --trace-series L=V the series of a Prometheus response to replay, by label (default: the first)
                  --trace-peak RPS   requests/s of all users at the trace's largest value
                                     (default: each source's own peak)
                  --rules FILE       add the alerting rules of a Prometheus rule file to the run's alerting
                                     (the supported PromQL subset: docs/prometheus.md); refused rules are
                                     listed with their reason before the run starts
                  --metrics-port N   serve the run's figures at http://127.0.0.1:N/metrics in the Prometheus
                                     text format while it runs (loopback only; 0 picks a free port)
                  --json             print JSON lines instead of text
                  --no-ml            no forecaster (predictive follows utilisation) and no anomaly detector
                  --logs             at the end, the log lines written per level and, where the topology has
                                     AI log analysis (Experimental's ELK), the mined log templates and the
                                     AI log alerts; switch experimental features with the set-feature action
                """.formatted(String.join(", ", ActionScript.actionNames()));
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Arguments a;
        Topology topology;
        long duration;
        Speed speed;
        List<TimedAction> actions = List.of();
        String traceReport = null;
        RuleImport rules = null;
        int metricsPort = -1;
        try {
            a = Arguments.parse(args, Set.of("preset", "topology", "duration", "seed", "speed", "commands", "trace",
                    "trace-peak", "trace-series", "rules", "metrics-port"), Set.of("json", "no-ml", "logs")).noPositional();
            if (a.get("preset").isPresent() && a.get("topology").isPresent()) {
                throw new Arguments.BadInput("give --preset or --topology, not both");
            }
            duration = Durations.parseSeconds(a.get("duration").orElse("1h"));
            speed = Speed.parse(a.get("speed").orElse("max"));
            topology = a.get("topology").isPresent() ? readTopology(Path.of(a.get("topology").get()))
                    : presets.preset(a.get("preset").orElse("production"));
            if (a.get("commands").isPresent()) {
                actions = ActionScript.read(Path.of(a.get("commands").get()));
            }
            if (a.get("trace").isPresent()) {
                Path file = Path.of(a.get("trace").get());
                TraceFiles.Loaded loaded = TraceFiles.read(file, a.get("trace-series").orElse(null));
                Double peak = a.get("trace-peak").isPresent() ? a.doubleValue("trace-peak") : null;
                topology = TraceReplay.apply(topology, loaded.trace(), peak);
                traceReport = "trace %s: %s".formatted(file.getFileName(), loaded.report().summary());
            } else if (a.get("trace-peak").isPresent() || a.get("trace-series").isPresent()) {
                throw new Arguments.BadInput("--trace-peak and --trace-series go with --trace");
            }
            if (a.get("rules").isPresent()) {
                rules = PrometheusRuleImporter.importFiles(List.of(Path.of(a.get("rules").get())));
            }
            if (a.get("metrics-port").isPresent()) {
                metricsPort = (int) a.longValue("metrics-port", MetricsEndpoint.DEFAULT_PORT);
                if (metricsPort < 0 || metricsPort > 65_535) {
                    throw new Arguments.BadInput("--metrics-port: expected 0..65535, got " + metricsPort);
                }
            }
        } catch (Arguments.BadInput | IllegalArgumentException | TopologyFileException | ImportException e) {
            err.println("devops-sim run: " + e.getMessage());
            return BAD_INPUT;
        } catch (NoSuchFileException e) {
            err.println("devops-sim run: " + e.getFile() + ": no such file");
            return BAD_INPUT;
        }
        long seed;
        try {
            seed = a.longValue("seed", 42);
        } catch (Arguments.BadInput e) {
            err.println("devops-sim run: " + e.getMessage());
            return BAD_INPUT;
        }
        if (traceReport != null) {
            out.println(a.flag("json") ? JSON.createObjectNode().put("type", "trace").put("message", traceReport) : traceReport);
        }
        RunFactory factory = a.flag("no-ml") ? withoutMl : withMl.get();
        if (factory.forecaster() instanceof AdaptiveLoadForecaster adaptive) {
            err.println("devops-sim run: forecaster: " + adaptive.status());
        }
        RunFactory.Run run = factory.create(topology, seed);
        if (rules != null) {
            rules.rules().forEach(run.alerting()::addRule);
            String summary = "rules %s: %d of %d imported".formatted(a.get("rules").get(), rules.rules().size(),
                    rules.entries().size());
            out.println(a.flag("json") ? JSON.createObjectNode().put("type", "rules").put("message", summary) : summary);
            for (RuleImport.Entry e : rules.refused()) {
                String line = "rule refused: %s: %s: %s".formatted(e.origin(), e.name(), e.refusal());
                out.println(a.flag("json") ? JSON.createObjectNode().put("type", "rules").put("message", line) : line);
            }
        }
        MetricsEndpoint endpoint = null;
        if (metricsPort >= 0) {
            SnapshotPublisher publisher = new SnapshotPublisher(speed, 200_000_000L);
            run.simulation().addObserver(publisher);
            try {
                endpoint = MetricsEndpoint.start(metricsPort, () -> publisher.latest() == null ? null
                        : new Scrape(publisher.latest(), run.alerting().view()));
            } catch (java.io.IOException e) {
                err.println("devops-sim run: --metrics-port " + metricsPort + ": cannot listen on 127.0.0.1: "
                        + e.getMessage());
                return BAD_INPUT;
            }
            String line = "metrics: serving " + endpoint.url();
            out.println(a.flag("json") ? JSON.createObjectNode().put("type", "metrics").put("message", line) : line);
            out.flush();
        }
        try {
            simulate(run.simulation(), duration, speed, actions, a.flag("json"), out);
        } finally {
            if (endpoint != null) {
                endpoint.stop();
            }
        }
        ReliabilityReport report = ReliabilityReport.of(run.alerting().view(), PostureAudit.audit(topology));
        var dora = run.simulation().dora();
        if (a.flag("json")) {
            ObjectNode node = JSON.valueToTree(report);
            node.put("type", "summary");
            node.set("dora", JSON.valueToTree(dora));
            out.println(node);
        } else {
            report.lines().forEach(out::println);
            if (!run.simulation().pipelineRuns().isEmpty()) {
                out.println("dora: %d production deploy(s), %.1f a day at this pace; lead time %s; change failure rate %s; time to restore %s"
                        .formatted(dora.productionDeploys(), dora.deploysPerDay(), seconds(dora.leadTimeSeconds()),
                                Double.isNaN(dora.changeFailureRate()) ? "n/a" : "%.0f%%".formatted(100 * dora.changeFailureRate()),
                                seconds(dora.timeToRestoreSeconds())));
            }
        }
        if (a.flag("logs")) {
            LogReport.print(run.simulation(), a.flag("json"), out);
        }
        return OK;
    }

    private Topology readTopology(Path file) throws TopologyFileException, IOException {
        return presets.codec().read(file);
    }

    private static void simulate(Simulation sim, long duration, Speed speed, List<TimedAction> script, boolean json,
                                 PrintStream out) throws InterruptedException {
        ArrayDeque<TimedAction> pending = new ArrayDeque<>(script);
        MinuteSummary minute = new MinuteSummary();
        long eventsSeen = 0;
        long wallStart = System.nanoTime();
        for (long s = 0; s < duration; s++) {
            while (!pending.isEmpty() && pending.peek().second() <= sim.second()) {
                TimedAction next = pending.poll();
                try {
                    sim.apply(next.action());
                } catch (IllegalArgumentException e) {
                    // A command the system cannot take is reported as the run goes on, as in the app.
                    out.println(json ? refusalJson(sim.second(), next, e) : "%s  REFUSED  %s: %s"
                            .formatted(Durations.format(sim.second()), next.action().actionName(), e.getMessage()));
                }
            }
            sim.tick();
            minute.add(sim.system());
            for (SimEvent e : sim.eventLog().since(eventsSeen)) {
                out.println(json ? eventJson(e) : "%s  %-8s %s".formatted(Durations.format(e.time()), e.severity(), e.message()));
            }
            eventsSeen = sim.eventLog().appendedCount();
            if (sim.second() % 60 == 0 || sim.second() == duration) {
                out.println(json ? minute.json(sim) : minute.text(sim));
                minute = new MinuteSummary();
            }
            if (!speed.isMax()) {
                long due = wallStart + (long) (sim.second() / speed.multiplier() * 1e9);
                long sleep = due - System.nanoTime();
                if (sleep > 0) {
                    Thread.sleep(sleep / 1_000_000, (int) (sleep % 1_000_000));
                }
            }
        }
    }

    private static String seconds(double s) {
        return Double.isNaN(s) ? "n/a" : Durations.format(Math.round(s));
    }

    private static String refusalJson(long second, TimedAction action, IllegalArgumentException e) {
        ObjectNode n = JSON.createObjectNode();
        n.put("type", "refused");
        n.put("t", Durations.format(second));
        n.put("second", second);
        n.put("action", action.action().actionName());
        n.put("message", e.getMessage());
        return n.toString();
    }

    private static String eventJson(SimEvent e) {
        ObjectNode n = JSON.createObjectNode();
        n.put("type", "event");
        n.put("t", Durations.format(e.time()));
        n.put("second", e.time());
        n.put("severity", e.severity().name().toLowerCase());
        n.put("node", e.nodeId());
        n.put("kind", e.kind());
        n.put("message", e.message());
        return n.toString();
    }

    /** Means over a minute of the system figures, plus the state at its end. */
    private static final class MinuteSummary {
        private int seconds;
        private double offered;
        private double succeeded;
        private double failedShare;
        private double p50;
        private double p95;
        private double p99;
        private double cpu;

        void add(SystemStatus s) {
            seconds++;
            offered += s.offeredRps();
            succeeded += s.succeededRps();
            failedShare += s.errorRate();
            p50 += s.latencyP50Ms();
            p95 += s.latencyP95Ms();
            p99 += s.latencyP99Ms();
            cpu += s.cpu();
        }

        String text(Simulation sim) {
            SystemStatus s = sim.system();
            int n = Math.max(1, seconds);
            return "%s  offered=%.1f/s ok=%.1f/s err=%.2f%% p50=%.0fms p95=%.0fms p99=%.0fms avail=%.3f%% inst=%d cpu=%.1f%% cost=$%.2f/h total=$%.2f"
                    .formatted(Durations.format(sim.second()), offered / n, succeeded / n, failedShare / n, p50 / n,
                            p95 / n, p99 / n, s.availability(), s.instances(), cpu / n, s.costPerHour(), s.cost());
        }

        String json(Simulation sim) {
            SystemStatus s = sim.system();
            int n = Math.max(1, seconds);
            ObjectNode o = JSON.createObjectNode();
            o.put("type", "minute");
            o.put("t", Durations.format(sim.second()));
            o.put("second", sim.second());
            o.put("offeredRps", round(offered / n));
            o.put("succeededRps", round(succeeded / n));
            o.put("errorRatePct", round(failedShare / n));
            o.put("p50Ms", round(p50 / n));
            o.put("p95Ms", round(p95 / n));
            o.put("p99Ms", round(p99 / n));
            o.put("availabilityPct", round(s.availability()));
            o.put("instances", s.instances());
            o.put("cpuPct", round(cpu / n));
            o.put("costPerHour", round(s.costPerHour()));
            o.put("cost", round(s.cost()));
            return o.toString();
        }

        private static double round(double v) {
            return Math.round(v * 1000) / 1000.0;
        }
    }
}
