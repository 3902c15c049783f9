package org.devopssim.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.SplittableRandom;
import org.devopssim.simulation.engine.EventQueue;
import org.devopssim.simulation.engine.ScheduledEvent;

/**
 * The event queue in the simulation thread's CPU time, JaamSim-style: N entities each rescheduling
 * itself after a random delay. Less disturbed by a busy machine than {@link EventQueueBenchmark}'s
 * wall time. Run: {@code benchmarks/run-harness EventQueueHarness}.
 */
public final class EventQueueHarness {

    private static final int EVENTS = 5_000_000;

    private EventQueueHarness() {
    }

    public static void main(String[] args) {
        var threads = ManagementFactory.getThreadMXBean();
        System.out.println("pending  million-events/s (cpu)  best of 5");
        for (int entities : new int[]{1_000, 100_000}) {
            double best = 0;
            for (int round = 0; round < 5; round++) {
                EventQueue queue = new EventQueue();
                SplittableRandom random = new SplittableRandom(round);
                ScheduledEvent entity = new ScheduledEvent() {
                    @Override
                    public void fire(long time) {
                        queue.schedule(time + 1 + random.nextLong(1000), this);
                    }
                };
                for (int i = 0; i < entities; i++) {
                    queue.schedule(random.nextLong(1000), entity);
                }
                long cpu0 = threads.getCurrentThreadCpuTime();
                int fired = 0;
                while (fired < EVENTS) {
                    fired += queue.fireUntil(queue.peekTime());
                }
                double seconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
                best = Math.max(best, fired / seconds / 1e6);
            }
            System.out.printf(Locale.ROOT, "%7d  %25.2f%n", entities, best);
        }
    }
}
