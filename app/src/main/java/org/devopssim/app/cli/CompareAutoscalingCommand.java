package org.devopssim.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.devopssim.app.PresetLibrary;
import org.devopssim.app.RunFactory;
import org.devopssim.ml.forecast.AdaptiveLoadForecaster;
import org.devopssim.ml.forecast.ShippedModel;
import org.devopssim.ml.live.AutoscalingComparison;
import org.devopssim.ml.live.AutoscalingComparison.Policy;
import org.devopssim.ml.live.AutoscalingComparison.Result;
import org.devopssim.ml.live.AutoscalingComparison.Workload;
import org.devopssim.simulation.model.Topology;
import org.devopssim.simulation.spi.LoadForecaster;

/** {@code devops-sim compare-autoscaling}: none vs reactive vs predictive vs RL on the same seeds and workloads. */
public final class CompareAutoscalingCommand implements Subcommand {

    private final PresetLibrary presets;

    public CompareAutoscalingCommand(PresetLibrary presets) {
        this.presets = presets;
    }

    @Override
    public String name() {
        return "compare-autoscaling";
    }

    @Override
    public String summary() {
        return "SLO-violation minutes and instance-hours: no autoscaling vs reactive vs predictive vs RL";
    }

    @Override
    public String usage() {
        return """
                Usage: devops-sim compare-autoscaling [--seeds 1,2,3] [--preset production]
                                                      [--workloads diurnal,flash-crowd,ramp] [--slo-p95 300]
                                                      [--boot-time SECONDS] [--model FILE]
                                                      [--trace SERIES.csv [--trace-hours 24]]
                                                      [--policies none,reactive,predictive,rl]
                                                      [--policy FILE] [--violation-weight 5]

                Runs the preset headless once per seed, workload and policy and prints a table of
                SLO-violation minutes (minutes whose mean p95 latency exceeds --slo-p95 ms or whose mean
                error rate exceeds 1%) and instance-hours of the autoscaled services (ready + booting).
                Policies: none (the starting instance count), reactive (HPA-style), predictive (sized on
                the forecast over the next boot time, surges extrapolated). Workloads: diurnal (24 h of the daily
                curve), flash-crowd (24 h with three x2 surges of 20 minutes at 10:00, 15:00 and 20:00),
                ramp (16 h; the load doubles in 30 minutes from 06:00, +12% every 5 minutes, and holds
                until 14:00). --boot-time makes every application service boot in that many seconds
                (e.g. 240 for virtual machines; the preset's API boots in 45). The predictive runs use
                the shipped forecaster, or the model in --model FILE. --trace adds a replayed workload:
                the first --trace-hours of SERIES.csv ('timestamp,value', e.g. a NAB request-count
                series), smoothed over one hour, scaled so its mean is 60% of the preset's peak rate
                and played on a flat load. rl is the learned policy (train-autoscaler): the shipped one,
                or the one in --policy FILE; it sees the same forecaster as predictive. The last column
                weighs both: instance-hours + --violation-weight x violation minutes (the RL reward's
                trade-off). Same arguments, same table.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        List<Long> seeds = new ArrayList<>();
        List<Workload> workloads = new ArrayList<>();
        Topology topology;
        double slo;
        AdaptiveLoadForecaster forecaster;
        AutoscalingComparison.Trace trace = null;
        List<Policy> policies = new ArrayList<>();
        org.devopssim.simulation.spi.ScalingAgent agent = null;
        double weight;
        try {
            Arguments a = Arguments.parse(args, Set.of("seeds", "preset", "workloads", "slo-p95", "model", "boot-time", "trace",
                            "trace-hours", "policies", "policy", "violation-weight"), Set.of())
                    .noPositional();
            for (String p : a.get("policies").orElse("none,reactive,predictive,rl").split(",")) {
                try {
                    policies.add(Policy.valueOf(p.trim().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new Arguments.BadInput("unknown policy '" + p + "'; expected none, reactive, predictive or rl");
                }
            }
            weight = a.get("violation-weight").isPresent() ? a.doubleValue("violation-weight") : 5;
            if (policies.contains(Policy.RL)) {
                if (a.get("policy").isPresent()) {
                    agent = org.devopssim.ml.rl.PolicyFile.load(Path.of(a.get("policy").get()));
                } else {
                    agent = RunFactory.shippedScalingAgent();
                    if (agent == null) {
                        throw new Arguments.BadInput("the shipped RL policy could not be loaded (see the log); give one with --policy FILE");
                    }
                }
            }
            for (String s : a.get("seeds").orElse("1,2,3").split(",")) {
                try {
                    seeds.add(Long.parseLong(s.trim()));
                } catch (NumberFormatException e) {
                    throw new Arguments.BadInput("--seeds expects whole numbers separated by commas, got '" + s + "'");
                }
            }
            for (String w : a.get("workloads").orElse("diurnal,flash-crowd,ramp").split(",")) {
                workloads.add(switch (w.trim()) {
                    case "diurnal" -> Workload.DIURNAL;
                    case "flash-crowd" -> Workload.FLASH_CROWD;
                    case "ramp" -> Workload.RAMP;
                    default -> throw new Arguments.BadInput("unknown workload '" + w + "'; expected diurnal, flash-crowd or ramp");
                });
            }
            topology = presets.preset(a.get("preset").orElse("production"));
            if (a.get("boot-time").isPresent()) {
                topology = AutoscalingComparison.withBootTime(topology, a.positiveInt("boot-time", 45));
            }
            slo = a.get("slo-p95").isPresent() ? a.doubleValue("slo-p95") : 300;
            if (a.get("model").isPresent()) {
                Path file = Path.of(a.get("model").get());
                forecaster = new AdaptiveLoadForecaster();
                ShippedModel.Outcome o = ShippedModel.loadInto(forecaster, () -> java.nio.file.Files.newInputStream(file),
                        file.toString());
                if (!o.loaded()) {
                    throw new Arguments.BadInput(o.message());
                }
            } else {
                forecaster = RunFactory.shippedMl().forecaster();
            }
            new AutoscalingComparison(topology, presets.prices(), slo);
            if (a.get("trace").isPresent()) {
                Path file = Path.of(a.get("trace").get());
                List<org.devopssim.ml.data.SeriesSample> rows = org.devopssim.ml.data.SeriesCsvReader.readAll(file);
                if (rows.size() < 2) {
                    throw new Arguments.BadInput(file + ": needs at least 2 rows");
                }
                int step = org.devopssim.ml.forecast.ForecastEvaluation.medianStep(rows);
                int hours = a.positiveInt("trace-hours", 24);
                int n = (int) Math.min(rows.size(), hours * 3600L / step);
                double[] values = new double[n];
                for (int i = 0; i < n; i++) {
                    values[i] = rows.get(i).value();
                }
                trace = AutoscalingComparison.Trace.of("trace " + file.getFileName(), values, step,
                        (int) Math.max(1, 3600 / step), 0.6);
            }
        } catch (org.devopssim.ml.data.BadInputException e) {
            err.println("devops-sim compare-autoscaling: " + e.getMessage());
            return BAD_INPUT;
        } catch (Arguments.BadInput | IllegalArgumentException e) {
            err.println("devops-sim compare-autoscaling: " + e.getMessage());
            return BAD_INPUT;
        }
        err.println("forecaster: " + forecaster.status());
        AutoscalingComparison comparison = new AutoscalingComparison(topology, presets.prices(), slo).withAgent(agent);
        if (agent instanceof org.devopssim.ml.rl.LearnedScalingPolicy learned) {
            err.println("RL policy: " + learned.description());
        }
        out.printf(Locale.ROOT, "preset %s%s, SLO: p95 <= %.0f ms and errors <= 1%% per minute, seeds %s%n%n",
                topology.name(), args.contains("--boot-time") || args.stream().anyMatch(x -> x.startsWith("--boot-time="))
                        ? " (application services boot in " + topology.nodes().stream()
                        .filter(n -> n instanceof org.devopssim.simulation.model.AppService).findFirst()
                        .map(n -> n.capacity().bootTimeSeconds() + " s)").orElse("?)") : "", slo, seeds);
        out.printf(Locale.ROOT, "| workload | policy | violation minutes per seed | total | instance-hours (mean) | cost $ (mean) "
                + "| instance-hours + %s x violation minutes (mean) |%n", new java.text.DecimalFormat("0.##").format(weight));
        out.println("|---|---|---|---|---|---|---|");
        Map<String, Integer> sources = new TreeMap<>();
        List<Object> all = new ArrayList<>(workloads);
        if (trace != null) {
            all.add(trace);
        }
        for (Object w : all) {
            Map<Policy, List<Result>> byPolicy = new EnumMap<>(Policy.class);
            String label = w instanceof Workload wl ? wl.label : ((AutoscalingComparison.Trace) w).label();
            for (Policy p : policies) {
                for (long seed : seeds) {
                    LoadForecaster f = p == Policy.PREDICTIVE || p == Policy.RL ? forecaster : null;
                    Result r = w instanceof Workload wl ? comparison.run(wl, p, seed, f)
                            : comparison.run((AutoscalingComparison.Trace) w, p, seed, f);
                    byPolicy.computeIfAbsent(p, k -> new ArrayList<>()).add(r);
                    r.forecastSources().forEach((k, v) -> sources.merge(k, v, Integer::sum));
                }
                List<Result> rs = byPolicy.get(p);
                out.printf(Locale.ROOT, "| %s | %s | %s | %d | %.1f | %.2f | %.1f |%n", label, p.name().toLowerCase(),
                        String.join(" / ", rs.stream().map(r -> Integer.toString(r.violationMinutes())).toList()),
                        rs.stream().mapToInt(Result::violationMinutes).sum(),
                        rs.stream().mapToDouble(Result::instanceHours).average().orElse(0),
                        rs.stream().mapToDouble(Result::cost).average().orElse(0),
                        rs.stream().mapToDouble(r -> r.instanceHours() + weight * r.violationMinutes()).average().orElse(0));
            }
        }
        out.println();
        out.println("predictive forecasts by source: " + sources);
        return OK;
    }
}
