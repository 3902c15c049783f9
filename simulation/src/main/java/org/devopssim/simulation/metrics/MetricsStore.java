package org.devopssim.simulation.metrics;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.StampedLock;

/**
 * Bounded history of every channel (one metric of one node, or of the system): full resolution for
 * the recent past and per-minute means further back. Written by the simulation thread once per
 * second; read by charts, alerts, ML and exports from any thread.
 *
 * <p>Storage is preallocated float rings laid out time-major (one row per second holding every
 * channel), so recording a second allocates nothing and writes one contiguous row: with a
 * channel-major layout a 10,000-node fleet touched 120,000 cache lines per second. Channels are
 * numbered metric by metric (every owner's request rate, then every owner's error rate, ...), so a
 * caller holding one metric of many owners in an array records it as one run ({@link #putAll}).
 */
public final class MetricsStore {

    /** Channel owner name for system-wide metrics. */
    public static final String SYSTEM = "system";

    /**
     * @param recentSeconds seconds kept at one-second resolution
     * @param minutes       per-minute means kept beyond that
     */
    public record Retention(int recentSeconds, int minutes) {
        public static final Retention DEFAULT = new Retention(15 * 60, 48 * 60);
        /** About 256 MB of samples at most, whatever the topology's size. */
        private static final long BUDGET_SAMPLES = 64L * 1024 * 1024;

        /**
         * The default, shortened for very large topologies so the history fits the budget: the
         * per-minute tail goes first, then recent seconds, down to 2 minutes and 1 hour.
         */
        public static Retention forChannels(int channels) {
            long perChannel = BUDGET_SAMPLES / Math.max(1, channels);
            if (perChannel >= DEFAULT.recentSeconds() + DEFAULT.minutes()) {
                return DEFAULT;
            }
            int recent = (int) Math.max(120, Math.min(DEFAULT.recentSeconds(), perChannel / 3));
            int minutes = (int) Math.max(60, perChannel - recent);
            return new Retention(recent, minutes);
        }
    }

    private final Map<String, int[]> channelsByOwner;
    private final Retention retention;
    private final int channels;
    /** [second slot][channel] */
    private final float[][] recent;
    /** [minute slot][channel] */
    private final float[][] perMinute;
    private final double[] minuteSum;
    private final StampedLock lock = new StampedLock();
    private long writeStamp;
    private float[] row;
    private long newestSecond = -1;
    private int minuteCount;

    /**
     * @param channels for each owner (node id or {@link #SYSTEM}), the metrics it records; channels
     *                 are numbered metric by metric in {@link Metric}'s order, and within a metric in
     *                 the map's order of the owners that record it
     */
    public MetricsStore(Map<String, List<Metric>> channels, Retention retention) {
        this.retention = retention;
        var index = new java.util.LinkedHashMap<String, int[]>();
        for (String owner : channels.keySet()) {
            int[] slots = new int[Metric.values().length];
            Arrays.fill(slots, -1);
            index.put(owner, slots);
        }
        int next = 0;
        for (Metric m : Metric.values()) {
            for (var e : channels.entrySet()) {
                if (e.getValue().contains(m)) {
                    index.get(e.getKey())[m.ordinal()] = next++;
                }
            }
        }
        this.channelsByOwner = Map.copyOf(index);
        this.channels = next;
        this.recent = new float[retention.recentSeconds()][next];
        this.perMinute = new float[retention.minutes()][next];
        this.minuteSum = new double[next];
    }

    /** The channel index of an owner's metric, or -1 when it records no such metric. */
    public int channel(String owner, Metric metric) {
        int[] slots = channelsByOwner.get(owner);
        return slots == null ? -1 : slots[metric.ordinal()];
    }

    public Retention retention() {
        return retention;
    }

    /**
     * A channel's value at {@code second}: its own sample while held at one-second resolution,
     * else the mean of the minute that covers it; NaN when neither is held. Allocates nothing.
     */
    public double valueAt(int channel, long second) {
        long stamp = lock.readLock();
        try {
            if (channel < 0 || second < 0 || second > newestSecond) {
                return Double.NaN;
            }
            long oldestRecent = Math.max(0, newestSecond - retention.recentSeconds() + 1);
            if (second >= oldestRecent) {
                return recent[(int) (second % retention.recentSeconds())][channel];
            }
            long minute = second / 60;
            if (minute >= minuteCount || minute < minuteCount - retention.minutes()) {
                return Double.NaN;
            }
            return perMinute[(int) (minute % retention.minutes())][channel];
        } finally {
            lock.unlockRead(stamp);
        }
    }

    public int channelCount() {
        return channels;
    }

    /**
     * Starts recording a second: until {@link #endSecond()} the simulation thread {@link #put}s
     * values and readers wait (recording a second is a few array stores per channel).
     */
    public void beginSecond(long second) {
        writeStamp = lock.writeLock();
        newestSecond = second;
        row = recent[(int) (second % retention.recentSeconds())];
    }

    /** Records the current second's value of a channel (simulation thread, inside begin/end). */
    public void put(int channel, double value) {
        row[channel] = (float) value;
        minuteSum[channel] += value;
    }

    /**
     * Records a run of consecutive channels at once (simulation thread, inside begin/end): channel
     * {@code first + k} takes {@code scale * values[indices[k]]}, as {@link #put} would.
     */
    public void putAll(int first, int[] indices, double[] values, double scale) {
        float[] r = row;
        double[] sums = minuteSum;
        java.util.Objects.checkFromIndexSize(first, indices.length, channels);
        for (int k = 0; k < indices.length; k++) {
            double value = scale * values[indices[k]];
            r[first + k] = (float) value;
            sums[first + k] += value;
        }
    }

    /**
     * Records a run of consecutive channels from consecutive values (simulation thread, inside
     * begin/end): channel {@code first + k} takes {@code scale * values[from + k]}, as {@link #put}
     * would; a straight loop the compiler can vectorise.
     */
    public void putRange(int first, double[] values, int from, int count, double scale) {
        float[] r = row;
        double[] sums = minuteSum;
        java.util.Objects.checkFromIndexSize(first, count, channels);
        java.util.Objects.checkFromIndexSize(from, count, values.length);
        for (int k = 0; k < count; k++) {
            double value = scale * values[from + k];
            r[first + k] = (float) value;
            sums[first + k] += value;
        }
    }

    /** Closes the current second; every 60 seconds the minute means are rolled up. */
    public void endSecond() {
        try {
            if ((newestSecond + 1) % 60 == 0) {
                float[] minuteRow = perMinute[(int) (((newestSecond + 1) / 60 - 1) % retention.minutes())];
                for (int c = 0; c < minuteSum.length; c++) {
                    minuteRow[c] = (float) (minuteSum[c] / 60.0);
                    minuteSum[c] = 0;
                }
                minuteCount++;
            }
        } finally {
            lock.unlockWrite(writeStamp);
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
     * Samples of a channel with {@code from <= t <= to}: one-second samples where they are still
     * held, per-minute means (stamped at the minute's start) before that; the minute where the two
     * meet is given as its mean, so every minute is one mean or sixty seconds.
     */
    public Series range(String owner, Metric metric, long from, long to) {
        int c = channel(owner, metric);
        if (c < 0) {
            throw new IllegalArgumentException(owner + " records no " + metric.label());
        }
        long stamp = lock.readLock();
        try {
            return read(c, from, to);
        } finally {
            lock.unlockRead(stamp);
        }
    }

    private Series read(int c, long from, long to) {
        long newest = Math.min(to, newestSecond);
        long oldestRecent = Math.max(0, newestSecond - retention.recentSeconds() + 1);
        long start = Math.max(from, 0);
        var times = new java.util.ArrayList<Long>();
        var values = new java.util.ArrayList<Double>();
        int step = 1;
        if (start < oldestRecent) {
            step = 60;
            long firstMinute = Math.max(start / 60, Math.max(0, minuteCount - retention.minutes()));
            long lastMinute = Math.min(Math.min((oldestRecent - 1) / 60, minuteCount - 1L), to / 60);
            for (long m = firstMinute; m <= lastMinute; m++) {
                times.add(m * 60);
                values.add((double) perMinute[(int) (m % retention.minutes())][c]);
            }
            // The minute that holds the oldest recent second is already a mean: its seconds would repeat it.
            start = Math.max(oldestRecent, (lastMinute + 1) * 60);
        }
        for (long t = start; t <= newest; t++) {
            times.add(t);
            values.add((double) recent[(int) (t % retention.recentSeconds())][c]);
        }
        return new Series(times.stream().mapToLong(Long::longValue).toArray(),
                values.stream().mapToDouble(Double::doubleValue).toArray(), step);
    }
}
