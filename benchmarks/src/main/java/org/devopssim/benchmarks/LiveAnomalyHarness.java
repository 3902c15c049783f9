package org.devopssim.benchmarks;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.devopssim.assets.Assets;
import org.devopssim.ml.anomaly.RangeNoveltyDetector;
import org.devopssim.ml.live.LiveAnomalyEvaluation;
import org.devopssim.ml.live.LiveAnomalyEvaluation.Detection;
import org.devopssim.ml.live.LiveAnomalyEvaluation.Incident;
import org.devopssim.ml.live.LiveAnomalyEvaluation.Result;
import org.devopssim.simulation.alerting.RulePack;
import org.devopssim.simulation.alerting.RulePackReader;
import org.devopssim.simulation.codec.TopologyCodec;
import org.devopssim.simulation.engine.Fault;
import org.devopssim.simulation.model.Mode;
import org.devopssim.simulation.model.PriceTable;
import org.devopssim.simulation.model.Topology;

/**
 * The range-novelty detector in a running Experimental preset, as its AI anomaly alerts and chart markers
 * use it: for each fault kind, the same fault twice on api-aws 20 minutes apart (5 minutes each), with the
 * NAB parameter set and the live one; detection rate and delay of each of the two incidents, false markers
 * per calm hour. Run: {@code benchmarks/run-harness LiveAnomalyHarness [seeds] [first fault at, hours]
 * [parameters: nab, live, or memory,warm-up,refractory minutes,sensitivity,average minutes,average weight,range floor,lag seconds,alert score]...}
 * (default 3 seeds, 13 hours — after the NAB set's half-day warm-up — and both sets). With
 * {@code -Dharness.verbose=true} it lists every marker outside the incidents.
 */
public final class LiveAnomalyHarness {

    private static final int FAULT_SECONDS = 300;
    private static final int APART_SECONDS = 1_200;
    private static final String TARGET = "api-aws";

    private LiveAnomalyHarness() {
    }

    public static void main(String[] args) throws Exception {
        int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        double hours = args.length > 1 ? Double.parseDouble(args[1]) : 13;
        List<String> sets = args.length > 2 ? List.of(args).subList(2, args.length) : List.of("nab", "live");
        TopologyCodec codec = new TopologyCodec();
        Topology topology;
        PriceTable prices;
        RulePack rules;
        String rulesPath = RulePackReader.bundledPath(Mode.EXPERIMENTAL);
        try (InputStream in = Assets.preset("experimental"); InputStream p = Assets.prices();
             InputStream r = Assets.open(rulesPath)) {
            topology = codec.read(in, "experimental");
            prices = codec.readPrices(p, "prices.json");
            rules = new RulePackReader().read(r, rulesPath);
        }
        LiveAnomalyEvaluation evaluation = new LiveAnomalyEvaluation(topology, prices, rules);
        long first = Math.round(hours * 3600);
        long seconds = first + APART_SECONDS + FAULT_SECONDS + 1_800;
        // False markers from an hour before the first fault: both sets are warmed up by then (at 13 h).
        long countFrom = Math.max(0, first - 3_600);
        List<Function<Integer, Fault>> kinds = List.of(
                d -> new Fault.SlowDependency(TARGET, 5, d),
                d -> new Fault.BadRelease(TARGET, 10, 1, d),
                d -> new Fault.CpuHog(TARGET, 60, d),
                d -> new Fault.TrafficSpike("users-aws", 3, d),
                d -> new Fault.MemoryLeak(TARGET, 20, d));
        System.out.printf(Locale.ROOT, "Experimental preset, %d seeds, faults on %s at %.2f h and 20 min later (5 min each);"
                + " false markers counted from %.2f h%n", seeds, TARGET, hours, countFrom / 3600.0);
        for (String set : sets) {
            RangeNoveltyDetector.Parameters parameters = parameters(set);
            System.out.printf(Locale.ROOT, "%nparameters %s: %s%n", set, parameters);
            System.out.println("| fault | 1st detected | 1st delay s (per seed) | 2nd detected | 2nd delay s (per seed) "
                    + "| false markers / calm hours |");
            System.out.println("|---|---|---|---|---|---|");
            int falseTotal = 0;
            double calmTotal = 0;
            for (Function<Integer, Fault> kind : kinds) {
                List<Result> results = new ArrayList<>();
                for (int seed = 1; seed <= seeds; seed++) {
                    List<Incident> incidents = List.of(
                            new Incident(first, kind.apply(FAULT_SECONDS), TARGET, FAULT_SECONDS),
                            new Incident(first + APART_SECONDS, kind.apply(FAULT_SECONDS), TARGET, FAULT_SECONDS));
                    results.add(evaluation.run(new RangeNoveltyDetector(parameters), seed, incidents, seconds, countFrom));
                }
                if (Boolean.getBoolean("harness.verbose")) {
                    results.forEach(r -> System.out.println("  seed " + r.seed() + " false markers: " + r.falseMarkerSeries()));
                }
                int falseMarkers = results.stream().mapToInt(Result::falseMarkers).sum();
                double calm = results.stream().mapToDouble(Result::calmHours).sum();
                falseTotal += falseMarkers;
                calmTotal += calm;
                System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %d / %.1f |%n", kind.apply(1).actionName(),
                        rate(results, 0), delays(results, 0), rate(results, 1), delays(results, 1), falseMarkers, calm);
            }
            System.out.printf(Locale.ROOT, "markers between and after the incidents: %.2f per calm hour (%d in %.1f h; "
                    + "each seed's hour before the first fault counted once per fault kind)%n", falseTotal / calmTotal,
                    falseTotal, calmTotal);
            int calmMarkers = 0;
            double calmHours = 0;
            for (int seed = 1; seed <= seeds; seed++) {
                Result r = evaluation.run(new RangeNoveltyDetector(parameters), seed, List.of(), seconds, countFrom);
                calmMarkers += r.falseMarkers();
                calmHours += r.calmHours();
                if (Boolean.getBoolean("harness.verbose")) {
                    System.out.println("  calm run, seed " + seed + ": " + r.falseMarkerSeries());
                }
            }
            System.out.printf(Locale.ROOT, "calm runs (no fault): %d false markers in %.1f h = %.2f per calm hour%n",
                    calmMarkers, calmHours, calmMarkers / calmHours);
        }
    }

    private static RangeNoveltyDetector.Parameters parameters(String set) {
        return switch (set) {
            case "nab" -> RangeNoveltyDetector.Parameters.NAB;
            case "live" -> RangeNoveltyDetector.Parameters.LIVE;
            default -> {
                String[] v = set.split(",");
                if (v.length != 9) {
                    throw new IllegalArgumentException("parameters: nab, live or nine numbers separated by commas, got " + set);
                }
                double day = 1440;
                yield new RangeNoveltyDetector.Parameters(Double.parseDouble(v[0]) / day, Double.parseDouble(v[1]) / day,
                        Double.parseDouble(v[2]) / day, Double.parseDouble(v[3]), Double.parseDouble(v[4]) / 60,
                        Double.parseDouble(v[5]), Double.parseDouble(v[6]), Double.parseDouble(v[7]), Double.parseDouble(v[8]));
            }
        };
    }

    private static String rate(List<Result> results, int incident) {
        return results.stream().filter(r -> r.detections().get(incident).detected()).count() + "/" + results.size();
    }

    private static String delays(List<Result> results, int incident) {
        return String.join(" / ", results.stream().map(r -> r.detections().get(incident)).map(Detection::delaySeconds)
                .map(d -> d == null ? "-" : d.toString()).toList());
    }
}
