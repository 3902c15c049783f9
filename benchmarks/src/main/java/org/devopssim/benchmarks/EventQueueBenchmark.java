package org.devopssim.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.devopssim.simulation.engine.EventQueue;
import org.devopssim.simulation.engine.ScheduledEvent;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The event queue alone, measured as JaamSim does: N entities, each rescheduling itself after a
 * random delay, so about N events are always pending. One operation = one event fired.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class EventQueueBenchmark {

    private static final int EVENTS_PER_INVOCATION = 100_000;

    @Param({"1000", "100000"})
    public int entities;

    private EventQueue queue;
    private long now;

    /** An entity that, when it fires, books its next event a random delay later. */
    private static final class Entity implements ScheduledEvent {
        private final EventQueue queue;
        private final SplittableRandom random;

        Entity(EventQueue queue, long seed) {
            this.queue = queue;
            this.random = new SplittableRandom(seed);
        }

        @Override
        public void fire(long timeMillis) {
            queue.schedule(timeMillis + 1 + random.nextLong(1000), this);
        }
    }

    @Setup(Level.Trial)
    public void setUp() {
        queue = new EventQueue();
        for (int i = 0; i < entities; i++) {
            Entity e = new Entity(queue, i);
            queue.schedule(e.random.nextLong(1000), e);
        }
        now = 0;
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS_PER_INVOCATION)
    public int fireEvents() {
        int fired = 0;
        while (fired < EVENTS_PER_INVOCATION) {
            now = queue.peekTime();
            fired += queue.fireUntil(now);
        }
        return fired;
    }
}
