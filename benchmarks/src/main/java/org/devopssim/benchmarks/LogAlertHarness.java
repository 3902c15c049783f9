package org.devopssim.benchmarks;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.devopssim.assets.Assets;
import org.devopssim.simulation.alerting.Alerting;
import org.devopssim.simulation.alerting.RulePack;
import org.devopssim.simulation.codec.TopologyCodec;
import org.devopssim.simulation.engine.Fault;
import org.devopssim.simulation.engine.Simulation;
import org.devopssim.simulation.events.SimEvent;
import org.devopssim.simulation.model.Mode;
import org.devopssim.simulation.model.PriceTable;
import org.devopssim.simulation.model.Topology;

/**
 * How well the AI log alerts of the Experimental preset work: false alerts in calm hours (after
 * the ten-minute warm-up) over several seeds, and for each fault of the catalogue the delay from
 * the injection to the first AI log alert. Run: {@code benchmarks/run-harness LogAlertHarness [seeds]}.
 */
public final class LogAlertHarness {

    private static final long FAULT_AT = 1_200;
    private static final long WATCH = 600;
    private static final long WARM_UP = 600;

    private LogAlertHarness() {
    }

    public static void main(String[] args) throws Exception {
        int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Topology topology;
        PriceTable prices;
        TopologyCodec codec = new TopologyCodec();
        try (InputStream in = Assets.preset("experimental"); InputStream p = Assets.prices()) {
            topology = codec.read(in, "experimental");
            prices = codec.readPrices(p, "prices.json");
        }
        int falseAlerts = 0;
        for (int seed = 1; seed <= seeds; seed++) {
            Simulation sim = run(topology, seed, prices);
            sim.advance(WARM_UP + 3_600);
            List<SimEvent> fired = fired(sim, WARM_UP);
            falseAlerts += fired.size();
            for (SimEvent e : fired) {
                System.out.println("  false alert, seed " + seed + ": " + e.message());
            }
        }
        System.out.printf(Locale.ROOT, "calm hours: %d seeds, %d AI log alerts (%.2f per calm hour)%n", seeds, falseAlerts,
                (double) falseAlerts / seeds);
        List<Supplier<Fault>> faults = List.of(
                () -> new Fault.DbPrimaryCrash("pg-1", 600),
                () -> new Fault.RedisDown("redis-aws", 600),
                () -> new Fault.KafkaBrokerDown("kafka", 1, 600),
                () -> new Fault.TlsCertExpired("lb-gcp", 600),
                () -> new Fault.DiskFill("pg-2", 20, 600),
                () -> new Fault.MemoryLeak("api-aws", 20, 600),
                () -> new Fault.BadRelease("api-azure", 10, 1, 600),
                () -> new Fault.CpuHog("api-gcp", 90, 600),
                () -> new Fault.RegionOutage("do-sfo3", 600),
                () -> new Fault.NetworkPartition("aws-us-east-1", "azure-westeurope", 600),
                () -> new Fault.SlowDependency("pg-3", 20, 600),
                () -> new Fault.ReplicaLag("pg-4", 0.05, 600),
                () -> new Fault.TrafficSpike(null, 3.0, 600));
        System.out.println("fault                 detected  delay s (min / median / max)  alerts per run  first alert (seed 1)");
        for (Supplier<Fault> make : faults) {
            List<Long> delays = new ArrayList<>();
            int alerts = 0;
            String first = "";
            for (int seed = 1; seed <= seeds; seed++) {
                Simulation sim = run(topology, seed, prices);
                sim.advance(FAULT_AT);
                sim.apply(make.get());
                sim.advance(WATCH);
                List<SimEvent> fired = fired(sim, FAULT_AT);
                alerts += fired.size();
                if (!fired.isEmpty()) {
                    delays.add(fired.getFirst().time() - FAULT_AT);
                    if (seed == 1) {
                        first = fired.getFirst().message();
                    }
                }
            }
            delays.sort(null);
            String delay = delays.isEmpty() ? "-" : "%d / %d / %d".formatted(delays.getFirst(),
                    delays.get(delays.size() / 2), delays.getLast());
            System.out.printf(Locale.ROOT, "%-21s %4d/%-4d %-29s %14.1f  %s%n", make.get().actionName(), delays.size(), seeds,
                    delay, (double) alerts / seeds, first.length() > 150 ? first.substring(0, 150) + "..." : first);
        }
    }

    private static Simulation run(Topology topology, long seed, PriceTable prices) {
        Simulation sim = new Simulation(topology, seed, prices);
        Alerting.attach(sim, new RulePack(Mode.EXPERIMENTAL, null, List.of(), List.of(), List.of(), List.of(), null));
        return sim;
    }

    private static List<SimEvent> fired(Simulation sim, long from) {
        return sim.eventLog().all().stream().filter(e -> e.time() >= from && e.kind().equals("alert-firing")
                && e.message().startsWith("FIRING AiLog(")).toList();
    }
}
