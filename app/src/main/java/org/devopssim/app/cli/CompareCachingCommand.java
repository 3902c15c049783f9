package org.devopssim.app.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.devopssim.app.PresetLibrary;
import org.devopssim.simulation.caching.CacheWorkload;
import org.devopssim.simulation.caching.QueryCacheModel;
import org.devopssim.simulation.engine.Simulation;
import org.devopssim.simulation.model.Node;
import org.devopssim.simulation.model.PostgresNode;
import org.devopssim.simulation.model.QueryCache;
import org.devopssim.simulation.model.RedisNode;
import org.devopssim.simulation.model.Topology;

/** {@code devops-sim compare-caching}: plain LRU vs learned cache admission, key by key and in the Experimental preset. */
public final class CompareCachingCommand implements Subcommand {

    /** Times are CPU time of this thread: on a shared machine wall time mostly measures the neighbours. */
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private final PresetLibrary presets;

    public CompareCachingCommand(PresetLibrary presets) {
        this.presets = presets;
    }

    @Override
    public String name() {
        return "compare-caching";
    }

    @Override
    public String summary() {
        return "query cache hit ratio and database load: plain LRU vs learned admission";
    }

    @Override
    public String usage() {
        return """
                Usage: devops-sim compare-caching [--seeds 1,2,3] [--lookups 300000] [--hours 6]

                1. Key level: --lookups look-ups of each named key stream (skewed: Zipf 0.9 with 20%
                   one-off keys; scan-heavy: Zipf 0.9 with 30% sequential scans) through a cache
                   holding 4% of the keys by size, with plain LRU and with learned admission (an online
                   logistic regression predicting re-use); hit ratio and CPU time per look-up.
                2. The Experimental preset for --hours simulated hours with its four Redis caches as
                   shipped (learned admission), as plain LRU, and with the fixed 85% hit ratio of the
                   preset before the key-level model: mean cache hit ratio, mean database requests/s,
                   and CPU time per simulated hour. Same arguments, same figures (except times).
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        List<Long> seeds = new ArrayList<>();
        int lookups;
        int hours;
        try {
            Arguments a = Arguments.parse(args, Set.of("seeds", "lookups", "hours"), Set.of()).noPositional();
            for (String s : a.get("seeds").orElse("1,2,3").split(",")) {
                try {
                    seeds.add(Long.parseLong(s.trim()));
                } catch (NumberFormatException e) {
                    throw new Arguments.BadInput("--seeds expects whole numbers separated by commas, got '" + s + "'");
                }
            }
            lookups = a.positiveInt("lookups", 300_000);
            hours = a.positiveInt("hours", 6);
        } catch (Arguments.BadInput | IllegalArgumentException e) {
            err.println("devops-sim compare-caching: " + e.getMessage());
            return BAD_INPUT;
        }
        // Untimed warm-up, so the JIT has compiled the look-up and the engine before anything is timed.
        new QueryCacheModel(CacheWorkload.SKEWED.spec(QueryCache.Admission.LEARNED), 0).serve(200_000);
        run(presets.preset("experimental"), 0, 1800);
        out.printf(Locale.ROOT, "Key level, %d look-ups per run, seeds %s%n%n", lookups, seeds);
        out.println("| workload | admission | hit ratio per seed | mean | CPU ns per look-up (mean) |");
        out.println("|---|---|---|---|---|");
        for (CacheWorkload w : CacheWorkload.values()) {
            for (QueryCache.Admission admission : QueryCache.Admission.values()) {
                List<String> ratios = new ArrayList<>();
                double sum = 0;
                double nanos = 0;
                for (long seed : seeds) {
                    QueryCacheModel m = new QueryCacheModel(w.spec(admission), seed);
                    long t0 = CPU.getCurrentThreadCpuTime();
                    m.serve(lookups);
                    nanos += (CPU.getCurrentThreadCpuTime() - t0) / (double) lookups;
                    ratios.add("%.3f".formatted(m.overallHitRatio()));
                    sum += m.overallHitRatio();
                }
                out.printf(Locale.ROOT, "| %s | %s | %s | %.3f | %.0f |%n", w.label, admission.name().toLowerCase(Locale.ROOT),
                        String.join(" / ", ratios), sum / seeds.size(), nanos / seeds.size());
            }
        }
        Topology experimental = presets.preset("experimental");
        out.printf(Locale.ROOT, "%nExperimental preset, %d simulated hours, seeds %s%n%n", hours, seeds);
        out.println("| caches | hit ratio (mean) | database requests/s (mean) | CPU ms per simulated hour (mean) |");
        out.println("|---|---|---|---|");
        for (String variant : List.of("learned", "lru", "fixed")) {
            Topology t = variant.equals("fixed") ? withCache(experimental, null)
                    : withCache(experimental, variant.equals("lru") ? QueryCache.Admission.LRU : QueryCache.Admission.LEARNED);
            double hit = 0;
            double db = 0;
            double wall = 0;
            for (long seed : seeds) {
                double[] r = run(t, seed, hours * 3600);
                hit += r[0];
                db += r[1];
                wall += r[2] / hours;
            }
            out.printf(Locale.ROOT, "| %s | %.3f | %.1f | %.0f |%n", switch (variant) {
                case "learned" -> "LRU + learned admission (as shipped)";
                case "lru" -> "plain LRU";
                default -> "fixed 85% hit ratio (no key-level model)";
            }, hit / seeds.size(), db / seeds.size(), wall / seeds.size());
        }
        return OK;
    }

    /** The preset with every modelled cache switched to that admission, or to its fixed hit ratio (null). */
    private static Topology withCache(Topology t, QueryCache.Admission admission) {
        List<Node> nodes = new ArrayList<>();
        for (Node n : t.nodes()) {
            nodes.add(n instanceof RedisNode r && r.queryCache() != null
                    ? new RedisNode(r.id(), r.name(), r.parent(), r.position(), r.purpose(), r.hitRatio(), r.maxMemoryMb(),
                    r.capacity(), admission == null ? null : r.queryCache().withAdmission(admission))
                    : n);
        }
        return t.withNodesAndLinks(nodes, t.links());
    }

    /** Mean cache hit ratio, mean database requests/s and wall milliseconds, over the run. */
    private double[] run(Topology t, long seed, int seconds) {
        long t0 = CPU.getCurrentThreadCpuTime();
        Simulation sim = new Simulation(t, seed, presets.prices());
        List<String> caches = t.nodes().stream().filter(n -> n instanceof RedisNode).map(Node::id).toList();
        List<String> databases = t.nodes().stream().filter(n -> n instanceof PostgresNode).map(Node::id).toList();
        double hit = 0;
        double db = 0;
        for (int s = 0; s < seconds; s++) {
            sim.tick();
            if (s % 60 == 59) {
                for (String c : caches) {
                    hit += sim.status(c).cacheHitRatio() / 100 / caches.size(); // the status gives percent
                }
                for (String d : databases) {
                    db += sim.status(d).requestRate();
                }
            }
        }
        int minutes = seconds / 60;
        return new double[] {hit / minutes, db / minutes, (CPU.getCurrentThreadCpuTime() - t0) / 1e6};
    }
}
