package org.devopssim.ml.live;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.devopssim.ml.forecast.ForecastTraining;
import org.devopssim.simulation.engine.Fault;
import org.devopssim.simulation.engine.Simulation;
import org.devopssim.simulation.model.PriceTable;
import org.devopssim.simulation.model.Topology;

/**
 * Training data from the simulator itself: runs topologies headless for some days and returns the
 * one-minute request rates of their autoscaled services, the series the predictive autoscaler forecasts.
 * Optionally adds traffic surges at random times (0-2 a day, x1.3-x3 for 5-40 minutes) so the model also
 * sees load that leaves the daily curve. Deterministic for a seed.
 */
public final class SimulatedLoad {

    private SimulatedLoad() {
    }

    /** Progress of a collection, one call per simulated day. */
    public interface Progress {
        void day(String topology, int day, int days);
    }

    public static List<ForecastTraining.Series> collect(List<Topology> topologies, PriceTable prices, long seed, int days,
                                                        boolean surges, Progress progress) {
        if (days < 1) {
            throw new IllegalArgumentException("need at least one day");
        }
        List<ForecastTraining.Series> all = new ArrayList<>();
        SplittableRandom seeds = new SplittableRandom(seed);
        for (Topology topology : topologies) {
            List<String> services = MinuteMeans.autoscaledServices(topology.nodes());
            if (services.isEmpty()) {
                continue;
            }
            long runSeed = seeds.nextLong();
            Simulation sim = new Simulation(topology, runSeed, prices);
            MinuteMeans means = new MinuteMeans(services, days * 1440);
            sim.addObserver(means);
            SplittableRandom random = new SplittableRandom(runSeed ^ 0x5DEECE66DL);
            for (int day = 0; day < days; day++) {
                List<long[]> surgeTimes = new ArrayList<>();
                if (surges) {
                    int count = random.nextInt(3);
                    for (int k = 0; k < count; k++) {
                        surgeTimes.add(new long[] {day * 86_400L + random.nextLong(86_400L)});
                    }
                    surgeTimes.sort((a, b) -> Long.compare(a[0], b[0]));
                }
                long end = (day + 1) * 86_400L;
                for (long[] t : surgeTimes) {
                    sim.advance(t[0] - sim.second());
                    double factor = 1.3 + 1.7 * random.nextDouble();
                    int duration = 300 + random.nextInt(35 * 60);
                    sim.apply(new Fault.TrafficSpike(null, factor, duration));
                }
                sim.advance(end - sim.second());
                if (progress != null) {
                    progress.day(topology.name(), day + 1, days);
                }
            }
            all.addAll(means.snapshot());
        }
        return all;
    }
}
