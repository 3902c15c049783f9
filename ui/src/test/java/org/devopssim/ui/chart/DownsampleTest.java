package org.devopssim.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DownsampleTest {

    @Test
    void aSpikeOneSampleWideSurvivesThinning() {
        int n = 86_400;
        long[] t = new long[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i * 1000L;
            v[i] = 10;
        }
        v[40_000] = 500;
        v[70_001] = -3;
        ChartLine thin = Downsample.minMax(ChartLine.line("k", "K", "", 0, t, v), 1200);
        assertTrue(thin.size() <= 1200, "points: " + thin.size());
        assertEquals(500, Arrays.stream(thin.values()).max().orElseThrow());
        assertEquals(-3, Arrays.stream(thin.values()).min().orElseThrow());
        for (int i = 1; i < thin.size(); i++) {
            assertTrue(thin.epochMillis()[i] > thin.epochMillis()[i - 1], "time order");
        }
    }

    @Test
    void aShortSeriesIsLeftAlone() {
        ChartLine line = ChartLine.line("k", "K", "", 0, new long[] {1, 2, 3}, new double[] {1, 2, 3});
        assertSame(line, Downsample.minMax(line, 1200));
    }
}
