package org.devopssim.ml.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.devopssim.ml.data.SeriesSample;

/** Request rate with a daily cycle, a weekday bump and noise, sampled every 5 minutes. */
final class SyntheticLoad {

    static final long T0 = 1_396_310_400L; // 2014-04-01 00:00 UTC
    static final int STEP = 300;
    static final int DAY = 288;

    private SyntheticLoad() {
    }

    static double[] values(int rows, long seed) {
        Random random = new Random(seed);
        double[] v = new double[rows];
        for (int i = 0; i < rows; i++) {
            double hour = (i % DAY) / 12.0;
            v[i] = 200 + 120 * Math.sin(2 * Math.PI * (hour - 8) / 24) + 40 * Math.exp(-Math.pow(hour - 13, 2) / 2)
                    + random.nextGaussian() * 12;
        }
        return v;
    }

    static List<SeriesSample> rows(int rows, long seed) {
        double[] v = values(rows, seed);
        List<SeriesSample> list = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            list.add(new SeriesSample(i + 2, T0 + (long) i * STEP, v[i]));
        }
        return list;
    }
}
