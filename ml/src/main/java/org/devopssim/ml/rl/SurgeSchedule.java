package org.devopssim.ml.rl;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.devopssim.simulation.engine.Action;
import org.devopssim.simulation.engine.Fault;

/**
 * The training workload on top of a topology's daily curve: each simulated day gets 0 to 3 traffic
 * surges at random hours (06:00-22:00 UTC), x1.3 to x2.2 for 10 to 40 minutes, reaching full strength
 * within a minute (as the engine's traffic spikes do), and now and then a slow ramp instead. Drawn from
 * its own seed, so a day's surges are the same for every policy.
 */
final class SurgeSchedule {

    private final java.util.TreeMap<Long, List<Action>> byTime = new java.util.TreeMap<>();

    SurgeSchedule(long seed, long seconds) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 17);
        for (long day = 0; day * 86_400 < seconds; day++) {
            int surges = random.nextInt(4);
            for (int k = 0; k < surges; k++) {
                long at = day * 86_400 + 6 * 3600 + random.nextLong(16 * 3600);
                double factor = 1.3 + 0.9 * random.nextDouble();
                int duration = 600 + random.nextInt(1800);
                if (random.nextInt(4) == 0) {
                    // A ramp: the same growth in six steps five minutes apart, held until the end.
                    double step = Math.pow(factor, 1 / 6.0);
                    for (int j = 0; j < 6; j++) {
                        add(at + j * 300L, new Fault.TrafficSpike(null, step, duration + (6 - j) * 300));
                    }
                } else {
                    add(at, new Fault.TrafficSpike(null, factor, duration));
                }
            }
        }
    }

    private void add(long second, Action action) {
        byTime.computeIfAbsent(second, k -> new ArrayList<>()).add(action);
    }

    List<Action> at(long second) {
        return byTime.getOrDefault(second, List.of());
    }
}
