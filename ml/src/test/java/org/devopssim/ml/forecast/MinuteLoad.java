package org.devopssim.ml.forecast;

import java.util.Random;

/** One-minute request rates with a daily curve and wandering noise, like the simulator's. */
public final class MinuteLoad {

    public static final long T0 = 1_772_409_600L; // 2026-03-02 00:00 UTC, the presets' start

    private MinuteLoad() {
    }

    public static double[] values(int minutes, long seed) {
        Random random = new Random(seed);
        double[] v = new double[minutes];
        double noise = 0;
        for (int i = 0; i < minutes; i++) {
            double hour = (i % 1440) / 60.0;
            noise = 0.6 * noise + 0.03 * random.nextGaussian();
            v[i] = 500 * (1 - 0.3 * (1 - Math.cos(2 * Math.PI * (hour - 14) / 24))) * Math.exp(noise);
        }
        return v;
    }
}
