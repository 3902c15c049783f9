package org.devopssim.simulation.workload;

import java.util.SplittableRandom;
import org.devopssim.simulation.model.MetricTrace;
import org.devopssim.simulation.model.Workload;

/**
 * The request rate of one traffic source: either a daily curve peaking in the local afternoon
 * with quieter weekends, or a replayed metric trace; in both, noise that wanders (an AR(1)
 * process in log space) rather than jumping second to second, as real traffic does.
 */
public final class UserTraffic {

    private static final double PEAK_HOUR = 14.0;
    /** Per-second persistence of the noise; about a two-minute memory. */
    private static final double NOISE_PERSISTENCE = 0.992;

    private final double peakRps;
    private final double utcOffsetSeconds;
    private final Workload workload;
    private final MetricTrace trace;
    private final long startEpochSecond;
    private final SplittableRandom random;
    private final double innovationScale;
    private double logNoise;

    /**
     * @param trace            a replayed shape, or null for the daily curve
     * @param startEpochSecond calendar time of simulated second zero, where a trace starts
     */
    public UserTraffic(double peakRps, double utcOffsetHours, Workload workload, MetricTrace trace,
                       long startEpochSecond, long seed) {
        this.peakRps = peakRps;
        this.utcOffsetSeconds = utcOffsetHours * 3600;
        this.workload = workload;
        this.trace = trace;
        this.startEpochSecond = startEpochSecond;
        this.random = new SplittableRandom(seed);
        this.innovationScale = workload.noise() * Math.sqrt(1 - NOISE_PERSISTENCE * NOISE_PERSISTENCE);
    }

    /** The expected rate (no noise) at a calendar time, for forecasts and tests. */
    public double expectedRate(long epochSecond) {
        if (trace != null) {
            return peakRps * trace.at(epochSecond - startEpochSecond);
        }
        double local = epochSecond + utcOffsetSeconds;
        double hour = Math.floorMod((long) local, 86_400L) / 3600.0;
        double daily = 1 - workload.dailyAmplitude() * (1 - Math.cos(2 * Math.PI * (hour - PEAK_HOUR) / 24)) / 2;
        long day = Math.floorDiv((long) local, 86_400L);
        int weekday = (int) Math.floorMod(day + 3, 7L); // 1970-01-01 was a Thursday; 0 = Monday
        double week = weekday >= 5 ? workload.weekendFactor() : 1.0;
        return peakRps * daily * week;
    }

    /** The rate for the next second; advances the noise. */
    public double next(long epochSecond) {
        logNoise = NOISE_PERSISTENCE * logNoise + innovationScale * random.nextGaussian();
        return expectedRate(epochSecond) * Math.exp(logNoise);
    }
}
