package org.devopssim.simulation.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EventQueueTest {

    @Test
    void firesInTimeOrderAndSameTimeInSchedulingOrder() {
        EventQueue q = new EventQueue();
        List<String> fired = new ArrayList<>();
        q.schedule(300, t -> fired.add("c"));
        q.schedule(100, t -> fired.add("a1"));
        q.schedule(200, t -> fired.add("b"));
        q.schedule(100, t -> fired.add("a2"));
        q.fireUntil(250);
        assertEquals(List.of("a1", "a2", "b"), fired);
        q.fireUntil(1000);
        assertEquals(List.of("a1", "a2", "b", "c"), fired);
        assertEquals(0, q.size());
    }

    @Test
    void keepsOrderUnderManyRandomReschedules() {
        EventQueue q = new EventQueue();
        SplittableRandom random = new SplittableRandom(1);
        long[] last = {-1};
        int[] count = {0};
        for (int i = 0; i < 1000; i++) {
            q.schedule(random.nextLong(1000), new ScheduledEvent() {
                @Override
                public void fire(long t) {
                    if (t < last[0]) {
                        throw new AssertionError("out of order");
                    }
                    last[0] = t;
                    if (++count[0] < 50_000) {
                        q.schedule(t + random.nextLong(1, 1000), this);
                    }
                }
            });
        }
        q.fireUntil(Long.MAX_VALUE);
        assertEquals(50_000 + 999, count[0]);
    }
}
