package org.devopssim.simulation.events;

import java.util.ArrayList;
import java.util.List;

/**
 * The run's structured event log. Appended by the simulation thread; readers take copies.
 * Bounded: the oldest events are dropped beyond {@code capacity}.
 */
public final class EventLog {

    private final int capacity;
    private final ArrayList<SimEvent> events = new ArrayList<>();
    private long appended;

    public EventLog(int capacity) {
        this.capacity = capacity;
    }

    public synchronized void append(SimEvent event) {
        if (events.size() == capacity) {
            events.removeFirst();
        }
        events.add(event);
        appended++;
    }

    /** Total events ever appended; a reader remembers it to ask for what is new. */
    public synchronized long appendedCount() {
        return appended;
    }

    /** Events appended after the first {@code seen} ones (those still held). */
    public synchronized List<SimEvent> since(long seen) {
        long firstHeld = appended - events.size();
        int from = (int) Math.max(0, seen - firstHeld);
        return from >= events.size() ? List.of() : List.copyOf(events.subList(from, events.size()));
    }

    public synchronized List<SimEvent> all() {
        return List.copyOf(events);
    }
}
