package org.devopssim.simulation.spi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ForecastTest {

    @Test
    void aRateIsShownAtLeastZeroAndOtherwiseUnchanged() {
        double[] low = {-40, 5};
        Forecast f = new Forecast(60, 60, low, new double[] {-1, 10}, new double[] {30, 20}, "test");
        Forecast shown = f.atLeastZero();
        assertArrayEquals(new double[] {0, 5}, shown.low());
        assertArrayEquals(new double[] {0, 10}, shown.median());
        assertArrayEquals(new double[] {30, 20}, shown.high());
        assertEquals(f.source(), shown.source());
        assertEquals(-40, low[0], "the forecast itself is not changed");
    }
}
