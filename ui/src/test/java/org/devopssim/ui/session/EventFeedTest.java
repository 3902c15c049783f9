package org.devopssim.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.devopssim.simulation.events.EventLog;
import org.devopssim.simulation.events.Severity;
import org.devopssim.simulation.events.SimEvent;
import org.junit.jupiter.api.Test;

class EventFeedTest {

    private static SimEvent event(long t) {
        return new SimEvent(t, Severity.INFO, null, "test", "event " + t);
    }

    @Test
    void deliversEachEventOnceAndStartsOverWithANewRun() {
        EventLog first = new EventLog(100);
        AtomicReference<EventLog> log = new AtomicReference<>(first);
        EventFeed feed = new EventFeed(log::get);
        first.append(event(1));
        first.append(event(2));
        assertEquals(List.of(event(1), event(2)), feed.poll());
        assertEquals(List.of(), feed.poll());
        first.append(event(3));
        assertEquals(List.of(event(3)), feed.poll());

        EventLog second = new EventLog(100);
        second.append(event(7));
        log.set(second);
        assertEquals(List.of(event(7)), feed.poll());
    }
}
