package org.devopssim.simulation.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsStoreTest {

    private static MetricsStore storeWith(int recent, int minutes, int seconds) {
        MetricsStore store = new MetricsStore(Map.of("api", List.of(Metric.CPU)), new MetricsStore.Retention(recent, minutes));
        int c = store.channel("api", Metric.CPU);
        for (int s = 0; s < seconds; s++) {
            store.beginSecond(s);
            store.put(c, s);
            store.endSecond();
        }
        return store;
    }

    @Test
    void recentSamplesAreExact() {
        MetricsStore store = storeWith(120, 10, 100);
        Series s = store.range("api", Metric.CPU, 90, 99);
        assertArrayEquals(new double[]{90, 91, 92, 93, 94, 95, 96, 97, 98, 99}, s.values());
        assertEquals(1, s.stepSeconds());
    }

    @Test
    void olderSamplesAreMinuteMeans() {
        MetricsStore store = storeWith(120, 10, 600);
        Series s = store.range("api", Metric.CPU, 0, 599);
        // Minutes 0..7 as means (480 s), then 120 one-second samples.
        assertEquals(8 + 120, s.size());
        assertEquals(29.5, s.values()[0], 1e-9);
        assertEquals(60, s.stepSeconds());
        assertEquals(480, s.times()[8]);
        assertEquals(599, s.last(), 1e-9);
    }

    @Test
    void whereMeansMeetSecondsEveryMinuteIsOneMeanOrSixtySeconds() {
        // 625 seconds with 120 recent: the recent seconds start at 505, inside minute 8.
        MetricsStore store = storeWith(120, 10, 625);
        Series s = store.range("api", Metric.CPU, 0, 624);
        assertEquals(9 + (625 - 540), s.size(), "minutes 0..8 as means, then seconds from 540");
        assertEquals(480, s.times()[8]);
        assertEquals(509.5, s.values()[8], 1e-9, "minute 8's mean, once");
        assertEquals(540, s.times()[9]);
        Series.MinuteMeans means = s.minuteMeans();
        assertEquals(0, means.firstSecond());
        assertEquals(10, means.values().length, "all ten complete minutes, none lost at the seam");
        assertEquals(569.5, means.values()[9], 1e-9);
    }

    @Test
    void unknownChannelIsRefused() {
        MetricsStore store = storeWith(60, 10, 1);
        assertThrows(IllegalArgumentException.class, () -> store.range("api", Metric.REPLICATION_LAG, 0, 1));
        assertEquals(-1, store.channel("db", Metric.CPU));
    }

    @Test
    void largeTopologiesGetAShorterHistoryWithinBudget() {
        MetricsStore.Retention r = MetricsStore.Retention.forChannels(150_000);
        long samples = (long) (r.recentSeconds() + r.minutes()) * 150_000;
        assertEquals(true, samples <= 70L * 1024 * 1024, r.toString());
        assertEquals(MetricsStore.Retention.DEFAULT, MetricsStore.Retention.forChannels(300));
    }
}
