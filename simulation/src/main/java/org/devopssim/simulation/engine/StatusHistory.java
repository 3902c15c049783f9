package org.devopssim.simulation.engine;

import java.util.concurrent.locks.StampedLock;
import org.devopssim.simulation.metrics.MetricsStore;

/**
 * What the metrics store does not hold but a picture of the topology at a past second needs: each
 * node's health, booting instances and utilisation, and each link's request rate. Kept like the
 * metrics store, with the same retention: one row per second for the recent past, one per minute
 * further back (the minute's worst health, most booting, mean utilisation and mean rates, so a
 * minute with an outage still shows it). Written by the simulation thread once per second, read
 * from any thread.
 *
 * <p>A row is 7 bytes per node plus 4 per link: 500 nodes and 600 links take 5.9 KB a second, so
 * the default retention (15 minutes of seconds, 48 hours of minutes) holds 22 MB, of which the
 * last 24 hours are 14 MB.
 */
public final class StatusHistory {

    /** A recorded moment; arrays in the topology's node and link order. */
    public record Moment(long second, Health[] health, int[] booting, double[] utilization, double[] linkRates) {
    }

    private static final Health[] HEALTH = Health.values();
    /** {@link Health#severity()} by ordinal, for the per-node loop. */
    private static final byte[] SEVERITY = new byte[HEALTH.length];

    static {
        for (Health h : HEALTH) {
            SEVERITY[h.ordinal()] = (byte) h.severity();
        }
    }

    /**
     * Internal node index for each topology position. Rows are kept in the engine's internal
     * order, so recording reads the node state front to back; a moment is put back into the
     * topology's order when read.
     */
    private final int[] order;

    private final int recentSeconds;
    private final int minutes;
    private final byte[][] health;
    private final short[][] booting;
    private final float[][] utilization;
    private final float[][] linkRates;
    private final byte[][] minuteHealth;
    private final short[][] minuteBooting;
    private final float[][] minuteUtilization;
    private final float[][] minuteLinkRates;
    /** Sums and extremes of the minute being recorded. */
    private final byte[] worst;
    private final short[] mostBooting;
    private final double[] utilizationSum;
    private final double[] rateSum;
    private final StampedLock lock = new StampedLock();
    private long newestSecond = -1;
    private long minuteCount;

    StatusHistory(int[] order, int links, MetricsStore.Retention retention) {
        this.order = order;
        int nodes = order.length;
        recentSeconds = retention.recentSeconds();
        minutes = retention.minutes();
        health = new byte[recentSeconds][nodes];
        booting = new short[recentSeconds][nodes];
        utilization = new float[recentSeconds][nodes];
        linkRates = new float[recentSeconds][links];
        minuteHealth = new byte[minutes][nodes];
        minuteBooting = new short[minutes][nodes];
        minuteUtilization = new float[minutes][nodes];
        minuteLinkRates = new float[minutes][links];
        worst = new byte[nodes];
        mostBooting = new short[nodes];
        utilizationSum = new double[nodes];
        rateSum = new double[links];
        resetMinute();
    }

    private void resetMinute() {
        java.util.Arrays.fill(worst, (byte) Health.NONE.ordinal());
        java.util.Arrays.fill(mostBooting, (short) 0);
        java.util.Arrays.fill(utilizationSum, 0);
        java.util.Arrays.fill(rateSum, 0);
    }

    /**
     * Records a second (simulation thread).
     */
    void record(long second, NodeStates state, double[] rates) {
        long stamp = lock.writeLock();
        try {
            int slot = (int) (second % recentSeconds);
            byte[] h = health[slot];
            short[] b = booting[slot];
            float[] u = utilization[slot];
            for (int i = 0; i < h.length; i++) {
                byte health = (byte) state.health(i).ordinal();
                short boot = (short) Math.min(Short.MAX_VALUE, state.booting[i]);
                double util = state.utilization[i];
                h[i] = health;
                b[i] = boot;
                u[i] = (float) util;
                if (SEVERITY[health] > SEVERITY[worst[i]]) {
                    worst[i] = health;
                }
                if (boot > mostBooting[i]) {
                    mostBooting[i] = boot;
                }
                utilizationSum[i] += util;
            }
            float[] r = linkRates[slot];
            for (int l = 0; l < r.length; l++) {
                r[l] = (float) rates[l];
                rateSum[l] += rates[l];
            }
            newestSecond = second;
            if ((second + 1) % 60 == 0) {
                int m = (int) (((second + 1) / 60 - 1) % minutes);
                System.arraycopy(worst, 0, minuteHealth[m], 0, worst.length);
                System.arraycopy(mostBooting, 0, minuteBooting[m], 0, mostBooting.length);
                for (int k = 0; k < utilizationSum.length; k++) {
                    minuteUtilization[m][k] = (float) (utilizationSum[k] / 60);
                }
                for (int l = 0; l < rateSum.length; l++) {
                    minuteLinkRates[m][l] = (float) (rateSum[l] / 60);
                }
                minuteCount++;
                resetMinute();
            }
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    /** The newest recorded second, or -1 before the first. */
    public long newestSecond() {
        long stamp = lock.readLock();
        try {
            return newestSecond;
        } finally {
            lock.unlockRead(stamp);
        }
    }

    /**
     * The moment at {@code second}: its own row while the per-second history holds it, else the
     * row of the minute that covers it; null when neither is held any more (or not yet).
     */
    public Moment at(long second) {
        long stamp = lock.readLock();
        try {
            if (second < 0 || second > newestSecond) {
                return null;
            }
            long oldestRecent = Math.max(0, newestSecond - recentSeconds + 1);
            if (second >= oldestRecent) {
                int slot = (int) (second % recentSeconds);
                return moment(second, health[slot], booting[slot], utilization[slot], linkRates[slot]);
            }
            long minute = second / 60;
            if (minute >= minuteCount || minute < minuteCount - minutes) {
                return null;
            }
            int m = (int) (minute % minutes);
            return moment(second, minuteHealth[m], minuteBooting[m], minuteUtilization[m], minuteLinkRates[m]);
        } finally {
            lock.unlockRead(stamp);
        }
    }

    private Moment moment(long second, byte[] h, short[] b, float[] u, float[] r) {
        Health[] health = new Health[h.length];
        int[] booting = new int[b.length];
        double[] utilization = new double[u.length];
        for (int k = 0; k < h.length; k++) {
            int i = order[k];
            health[k] = HEALTH[h[i]];
            booting[k] = b[i];
            utilization[k] = u[i];
        }
        double[] rates = new double[r.length];
        for (int l = 0; l < r.length; l++) {
            rates[l] = r[l];
        }
        return new Moment(second, health, booting, utilization, rates);
    }
}
