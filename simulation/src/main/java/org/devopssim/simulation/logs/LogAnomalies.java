package org.devopssim.simulation.logs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Anomaly detection on the counts of mined templates, the way log analytics tools flag rare and
 * unusual log categories. Each template's occurrences are kept per second for the last minute; a
 * template's usual count per minute is learned as an exponentially weighted mean of its whole
 * minutes. After a {@link #WARM_UP_SECONDS warm-up}:
 * <ul>
 * <li><b>new pattern</b>: a template first seen after the warm-up, at warning level or worse, for
 * {@link #NEW_PATTERN_SECONDS} after it appeared while it keeps appearing;</li>
 * <li><b>surge</b>: the last minute's count above {@link #SURGE_FACTOR} times the usual count plus
 * {@link #SURGE_MARGIN} (so a template that is usually silent must reach that many);</li>
 * <li><b>drop</b>: a busy informational template (usually at least {@link #DROP_MIN_USUAL} a
 * minute) falling below {@link #DROP_FACTOR} of its usual count: a component gone quiet.</li>
 * </ul>
 * While a template is anomalous its usual count learns 20 times slower, so a fault does not
 * quickly become the new normal. Same parameters for every run; deterministic.
 */
final class LogAnomalies {

    static final long WARM_UP_SECONDS = 600;
    static final long NEW_PATTERN_SECONDS = 600;
    static final long NEW_PATTERN_QUIET_SECONDS = 120;
    static final double SURGE_FACTOR = 4;
    static final double SURGE_MARGIN = 30;
    static final double DROP_FACTOR = 0.1;
    static final double DROP_MIN_USUAL = 200;
    static final double LEARNING_RATE = 0.2;
    static final double ANOMALOUS_LEARNING_RATE = LEARNING_RATE / 20;
    private static final int WINDOW = 60;

    private double[][] perSecond = new double[0][];
    private double[] window = new double[0];
    private double[] thisSecond = new double[0];
    private double[] usual = new double[0];
    private boolean[] learned = new boolean[0];
    private boolean[] anomalous = new boolean[0];
    private long[] created = new long[0];
    private long[] lastSeen = new long[0];
    private String[] node = new String[0];
    /** The node an anomaly was first seen on: its alert keeps that node while it lasts. */
    private String[] onsetNode = new String[0];
    private double[] nodeWeight = new double[0];
    private int templates;
    private long start = -1;
    private List<LogAnomaly> current = List.of();

    /** Starts (or after switching analysis back on, restarts) learning: a new warm-up from this second. */
    void restart(long second) {
        start = second;
        Arrays.fill(learned, false);
        Arrays.fill(anomalous, false);
        for (double[] row : perSecond) {
            if (row != null) {
                Arrays.fill(row, 0);
            }
        }
        Arrays.fill(window, 0);
        current = List.of();
    }

    /** A line of template {@code id} with its weight, from a node. */
    void count(int id, double weight, String nodeId, long second) {
        if (id >= templates) {
            grow(id + 1, second);
        }
        thisSecond[id] += weight;
        lastSeen[id] = second;
        if (weight >= nodeWeight[id]) {
            nodeWeight[id] = weight;
            node[id] = nodeId;
        }
    }

    /** Closes a second: slides the windows, learns whole minutes, and finds what is unusual now. */
    List<LogAnomaly> endSecond(long second, DrainMiner miner) {
        if (start < 0) {
            start = second;
        }
        int slot = (int) Math.floorMod(second, WINDOW);
        boolean minuteEnds = (second - start) % WINDOW == WINDOW - 1;
        boolean warm = second - start >= WARM_UP_SECONDS;
        List<LogAnomaly> found = null;
        for (int id = 0; id < templates; id++) {
            double[] row = perSecond[id];
            window[id] += thisSecond[id] - row[slot];
            row[slot] = thisSecond[id];
            thisSecond[id] = 0;
            nodeWeight[id] *= 0.9;
            double lastMinute = Math.max(0, window[id]);
            LogAnomaly.Kind kind = warm ? judge(id, lastMinute, second, miner) : null;
            if (kind != null && !anomalous[id]) {
                onsetNode[id] = node[id];
            }
            anomalous[id] = kind != null;
            if (kind != null) {
                if (found == null) {
                    found = new ArrayList<>();
                }
                found.add(new LogAnomaly(kind, id, miner.text(id), miner.level(id), onsetNode[id], lastMinute,
                        learned[id] ? usual[id] : 0));
            }
            if (minuteEnds && second - created[id] >= WINDOW - 1) {
                double rate = anomalous[id] ? ANOMALOUS_LEARNING_RATE : LEARNING_RATE;
                usual[id] = learned[id] ? usual[id] + rate * (lastMinute - usual[id]) : lastMinute;
                learned[id] = true;
            }
        }
        current = found == null ? List.of() : List.copyOf(found);
        return current;
    }

    List<LogAnomaly> current() {
        return current;
    }

    private LogAnomaly.Kind judge(int id, double lastMinute, long second, DrainMiner miner) {
        if (created[id] - start >= WARM_UP_SECONDS && second - created[id] < NEW_PATTERN_SECONDS
                && second - lastSeen[id] < NEW_PATTERN_QUIET_SECONDS && miner.level(id).atLeast(LogLevel.WARN)) {
            return LogAnomaly.Kind.NEW_PATTERN;
        }
        double expected = learned[id] ? usual[id] : 0;
        if (lastMinute > SURGE_FACTOR * expected + SURGE_MARGIN) {
            return LogAnomaly.Kind.SURGE;
        }
        // An error pattern going quiet is a recovery; a busy informational one going quiet is not.
        if (learned[id] && expected >= DROP_MIN_USUAL && lastMinute < DROP_FACTOR * expected
                && !miner.level(id).atLeast(LogLevel.WARN)) {
            return LogAnomaly.Kind.DROP;
        }
        return null;
    }

    private void grow(int size, long second) {
        int old = templates;
        int capacity = Math.max(size, Math.max(16, old * 2));
        if (capacity > perSecond.length) {
            perSecond = Arrays.copyOf(perSecond, capacity);
            window = Arrays.copyOf(window, capacity);
            thisSecond = Arrays.copyOf(thisSecond, capacity);
            usual = Arrays.copyOf(usual, capacity);
            learned = Arrays.copyOf(learned, capacity);
            anomalous = Arrays.copyOf(anomalous, capacity);
            created = Arrays.copyOf(created, capacity);
            lastSeen = Arrays.copyOf(lastSeen, capacity);
            node = Arrays.copyOf(node, capacity);
            onsetNode = Arrays.copyOf(onsetNode, capacity);
            nodeWeight = Arrays.copyOf(nodeWeight, capacity);
        }
        for (int id = old; id < size; id++) {
            perSecond[id] = new double[WINDOW];
            created[id] = second;
            // After the warm-up a new template's usual count is nothing: what it writes now is learned slowly.
            learned[id] = start >= 0 && second - start >= WARM_UP_SECONDS;
        }
        templates = size;
    }
}
