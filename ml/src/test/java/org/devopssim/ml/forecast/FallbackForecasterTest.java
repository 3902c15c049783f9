package org.devopssim.ml.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.devopssim.simulation.spi.Forecast;
import org.devopssim.simulation.spi.SeriesWindow;
import org.junit.jupiter.api.Test;

class FallbackForecasterTest {

    private final FallbackForecaster fallback = new FallbackForecaster();

    @Test
    void repeatsYesterdayForAnExactlyDailySeries() {
        int day = 24; // hourly samples
        double[] v = new double[3 * day];
        for (int i = 0; i < v.length; i++) {
            v[i] = i % day;
        }
        Forecast f = fallback.forecast(new SeriesWindow(0, 3_600, v), 3);
        assertEquals(FallbackForecaster.SEASONAL_SOURCE, f.source());
        assertArrayEquals(new double[] {0, 1, 2}, f.median(), 1e-12);
        assertEquals(3L * day * 3_600, f.firstTimestamp());
        assertArrayEquals(f.median(), f.low(), 1e-12); // no seasonal error seen: no band
    }

    @Test
    void shiftsYesterdayByHowTheLastHourDiffersFromYesterdays() {
        int day = 24;
        double[] v = new double[3 * day];
        for (int i = 0; i < v.length; i++) {
            v[i] = i % day;
        }
        v[v.length - 1] += 10;
        Forecast f = fallback.forecast(new SeriesWindow(0, 3_600, v), 2);
        assertArrayEquals(new double[] {10, 11}, f.median(), 1e-12);
    }

    @Test
    void holdsTheLastValueWhenThatBacktestsBetterThanYesterday() {
        double[] v = new double[60]; // hourly random walk: yesterday says little
        java.util.Random random = new java.util.Random(1);
        for (int i = 1; i < v.length; i++) {
            v[i] = v[i - 1] + random.nextGaussian();
        }
        Forecast f = fallback.forecast(new SeriesWindow(0, 3_600, v), 2);
        assertEquals(FallbackForecaster.LAST_VALUE_SOURCE, f.source());
        assertArrayEquals(new double[] {v[59], v[59]}, f.median(), 0.0);
        assertTrue(f.high()[0] > f.median()[0]);
    }

    @Test
    void usesAnEwmaLevelWithAWideningBandOnShortHistory() {
        double[] v = {10, 12, 11, 13, 12, 14};
        Forecast f = fallback.forecast(new SeriesWindow(0, 300, v), 4);
        assertEquals(FallbackForecaster.EWMA_SOURCE, f.source());
        for (int h = 0; h < 4; h++) {
            assertTrue(f.low()[h] < f.median()[h] && f.median()[h] < f.high()[h], "band at " + h);
            assertTrue(f.median()[h] > 10 && f.median()[h] < 14);
        }
        assertTrue(f.high()[3] - f.low()[3] > f.high()[0] - f.low()[0]);
    }

    @Test
    void aDayAndLessThanAnHourOfHistoryUsesTheLevelInsteadOfReadingBeforeTheStart() {
        for (int extra = 1; extra <= 13; extra++) { // 5-minute samples: a day is 288, an hour 12
            double[] v = new double[288 + extra];
            for (int i = 0; i < v.length; i++) {
                v[i] = 100 + Math.sin(i / 10.0);
            }
            Forecast f = fallback.forecast(new SeriesWindow(0, 300, v), 2);
            assertEquals(extra <= 12 ? FallbackForecaster.EWMA_SOURCE : FallbackForecaster.SEASONAL_SOURCE, f.source(),
                    "history of a day and " + extra + " samples");
        }
    }

    @Test
    void rejectsEmptyHistory() {
        assertThrows(IllegalArgumentException.class, () -> fallback.forecast(new SeriesWindow(0, 300, new double[0]), 1));
    }
}
