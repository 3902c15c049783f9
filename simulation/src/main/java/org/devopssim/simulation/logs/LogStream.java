package org.devopssim.simulation.logs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The run's log stream: the newest {@link #RING_CAPACITY} concrete lines, the occurrences per
 * level for every one of the last {@link #SECONDS_KEPT} seconds, totals since the start and, where
 * the topology has log analysis, the mined templates and what is unusual about them.
 *
 * <p>Written by the simulation thread once per second ({@link #publish}); every reader method is
 * safe from any thread. Memory is bounded whatever the fleet: the engine renders at most a fixed
 * number of lines per second, each standing for many occurrences (its count).
 */
public final class LogStream {

    public static final int RING_CAPACITY = 5_000;
    public static final int SECONDS_KEPT = 3_600;
    private static final int LEVELS = LogLevel.values().length;

    private final ArrayDeque<LogLine> ring = new ArrayDeque<>(RING_CAPACITY);
    private final long[] perSecond = new long[SECONDS_KEPT * LEVELS];
    private final long[] totals = new long[LEVELS];
    private final DrainMiner miner = new DrainMiner();
    private final LogAnomalies anomalies = new LogAnomalies();
    private long appended;
    private long newestSecond = -1;
    private long sampledAway;
    private boolean analysing;
    private List<LogTemplate> templates = List.of();
    private long templatesAt = -1;

    // ---- writer (simulation thread) -----------------------------------------------------------

    /**
     * One second of the stream: the rendered lines (mined when analysing) and the occurrences per
     * level of everything that second, rendered or not.
     *
     * @param occurrences per {@link LogLevel} ordinal
     * @param unrendered  occurrences that no rendered line stands for (sampled away on a large fleet)
     * @param analyse     whether log analysis (template mining and anomaly detection) runs now
     */
    public synchronized void publish(long second, List<Rendered> lines, long[] occurrences, long unrendered,
                                     boolean analyse) {
        if (analyse && !analysing) {
            anomalies.restart(second);
        }
        if (!analyse && analysing) {
            anomalies.restart(second);
        }
        analysing = analyse;
        for (Rendered r : lines) {
            int template = -1;
            if (analyse) {
                template = miner.add(r.message(), r.level(), r.count(), second);
                anomalies.count(template, r.count(), r.nodeId(), second);
            }
            if (ring.size() == RING_CAPACITY) {
                ring.removeFirst();
            }
            ring.addLast(new LogLine(second, r.level(), r.nodeId(), r.source(), r.message(), r.count(), template));
            appended++;
        }
        if (analyse) {
            anomalies.endSecond(second, miner);
        }
        int row = (int) Math.floorMod(second, SECONDS_KEPT) * LEVELS;
        for (int l = 0; l < LEVELS; l++) {
            perSecond[row + l] = occurrences[l];
            totals[l] += occurrences[l];
        }
        sampledAway += unrendered;
        newestSecond = second;
    }

    /** A line the engine rendered this second, before mining. */
    public record Rendered(LogLevel level, String nodeId, String source, String message, long count) {
    }

    // ---- readers (any thread) -----------------------------------------------------------------

    /** Lines ever appended; a reader remembers it to ask for what is new. */
    public synchronized long appendedCount() {
        return appended;
    }

    /** Lines appended after the first {@code seen} ones (those still held), oldest first. */
    public synchronized List<LogLine> since(long seen) {
        long firstHeld = appended - ring.size();
        int skip = (int) Math.max(0, seen - firstHeld);
        if (skip >= ring.size()) {
            return List.of();
        }
        List<LogLine> list = new ArrayList<>(ring.size() - skip);
        int k = 0;
        for (LogLine line : ring) {
            if (k++ >= skip) {
                list.add(line);
            }
        }
        return list;
    }

    /** Lines appended after the first {@code seen} ones, and how many were appended in all: read together. */
    public record Fresh(List<LogLine> lines, long appended) {
    }

    /** {@link #since} and {@link #appendedCount} at one moment, so a reader neither skips nor repeats lines. */
    public synchronized Fresh fresh(long seen) {
        return new Fresh(since(seen), appended);
    }

    /** Whether the run's log analysis is mining and watching the stream now. */
    public synchronized boolean analysing() {
        return analysing;
    }

    /** The mined templates by id (empty where the topology has no log analysis). */
    public synchronized List<LogTemplate> templates() {
        if (templatesAt != newestSecond || templates.size() != miner.size()) {
            templates = List.copyOf(miner.templates());
            templatesAt = newestSecond;
        }
        return templates;
    }

    /** What the log analysis finds unusual at the newest second. */
    public synchronized List<LogAnomaly> anomalies() {
        return analysing ? anomalies.current() : List.of();
    }

    /** Occurrences per level since the start of the run, by {@link LogLevel} ordinal. */
    public synchronized long[] totals() {
        return totals.clone();
    }

    /** Occurrences at one level in one of the last {@link #SECONDS_KEPT} seconds (0 outside them). */
    public synchronized long count(long second, LogLevel level) {
        if (second < 0 || second > newestSecond || newestSecond - second >= SECONDS_KEPT) {
            return 0;
        }
        return perSecond[(int) Math.floorMod(second, SECONDS_KEPT) * LEVELS + level.ordinal()];
    }

    /** Occurrences no rendered line stands for: sampled away when a large fleet logs more than the budget. */
    public synchronized long sampledAway() {
        return sampledAway;
    }
}
