package org.devopssim.simulation.engine;

import java.util.Arrays;

/**
 * The discrete-event queue: a min-heap on (time, insertion order), so events at the same time fire
 * in the order they were scheduled and a run is deterministic. Four children per node rather than
 * two: half as many levels, and the four sit side by side in memory, which matters once 100,000
 * events are pending.
 */
public final class EventQueue {

    private long[] times = new long[64];
    private long[] sequence = new long[64];
    private ScheduledEvent[] events = new ScheduledEvent[64];
    private int size;
    private long nextSequence;

    public void schedule(long timeMillis, ScheduledEvent event) {
        if (size == times.length) {
            int capacity = size * 2;
            times = Arrays.copyOf(times, capacity);
            sequence = Arrays.copyOf(sequence, capacity);
            events = Arrays.copyOf(events, capacity);
        }
        int i = size++;
        long seq = nextSequence++;
        while (i > 0) {
            int parent = (i - 1) >>> 2;
            if (!before(timeMillis, seq, times[parent], sequence[parent])) {
                break;
            }
            move(parent, i);
            i = parent;
        }
        times[i] = timeMillis;
        sequence[i] = seq;
        events[i] = event;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public int size() {
        return size;
    }

    /** Time of the earliest event; only valid when not empty. */
    public long peekTime() {
        return times[0];
    }

    /** Fires every event due at or before {@code timeMillis}, including ones they schedule. */
    public int fireUntil(long timeMillis) {
        int fired = 0;
        while (size > 0 && times[0] <= timeMillis) {
            long t = times[0];
            ScheduledEvent e = removeFirst();
            e.fire(t);
            fired++;
        }
        return fired;
    }

    public void clear() {
        Arrays.fill(events, 0, size, null);
        size = 0;
    }

    private ScheduledEvent removeFirst() {
        ScheduledEvent first = events[0];
        int last = --size;
        long t = times[last];
        long seq = sequence[last];
        ScheduledEvent e = events[last];
        events[last] = null;
        int i = 0;
        while (true) {
            int eldest = 4 * i + 1;
            if (eldest >= size) {
                break;
            }
            int child = eldest;
            int end = Math.min(eldest + 4, size);
            for (int c = eldest + 1; c < end; c++) {
                if (before(times[c], sequence[c], times[child], sequence[child])) {
                    child = c;
                }
            }
            if (!before(times[child], sequence[child], t, seq)) {
                break;
            }
            move(child, i);
            i = child;
        }
        if (size > 0) {
            times[i] = t;
            sequence[i] = seq;
            events[i] = e;
        }
        return first;
    }

    private void move(int from, int to) {
        times[to] = times[from];
        sequence[to] = sequence[from];
        events[to] = events[from];
    }

    private static boolean before(long t1, long s1, long t2, long s2) {
        return t1 < t2 || (t1 == t2 && s1 < s2);
    }
}
