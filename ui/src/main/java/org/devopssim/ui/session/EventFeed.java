package org.devopssim.ui.session;

import java.util.List;
import java.util.function.Supplier;
import org.devopssim.simulation.events.EventLog;
import org.devopssim.simulation.events.SimEvent;

/**
 * The run's new events, read from its event log rather than from snapshots: the UI takes only
 * the newest snapshot each frame, so the events carried by a skipped snapshot would be lost.
 */
public final class EventFeed {

    private final Supplier<EventLog> log;
    private EventLog current;
    private long seen;

    public EventFeed(Supplier<EventLog> log) {
        this.log = log;
    }

    /** Events appended since the previous call; a new run starts over from its first event. */
    public List<SimEvent> poll() {
        EventLog l = log.get();
        if (l == null) {
            return List.of();
        }
        if (l != current) {
            current = l;
            seen = 0;
        }
        long count = l.appendedCount();
        if (count == seen) {
            return List.of();
        }
        List<SimEvent> fresh = l.since(seen);
        seen = count;
        return fresh;
    }
}
