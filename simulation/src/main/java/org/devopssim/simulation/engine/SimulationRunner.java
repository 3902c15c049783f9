package org.devopssim.simulation.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.devopssim.simulation.events.SimEvent;

/**
 * Runs a {@link Simulation} on its own thread at a chosen speed. Everything that changes the run
 * (play, pause, speed, reset, actions) goes through a queue that the thread drains at a second's
 * boundary; the newest {@link Snapshot} is always available without waiting, for a UI to take at
 * most once per frame.
 */
public final class SimulationRunner implements AutoCloseable {

    /** How often, in wall time, a snapshot is published while running. */
    private static final long PUBLISH_INTERVAL_NANOS = 15_000_000;

    /** Makes the current run afresh; {@link #load} replaces it so that reset restarts what is loaded. */
    private Supplier<Simulation> factory;
    private final LinkedBlockingQueue<Runnable> inbox = new LinkedBlockingQueue<>();
    private final AtomicReference<Snapshot> latest = new AtomicReference<>();
    private final Thread thread;
    private volatile boolean closed;

    private Simulation sim;
    private Snapshot.RunState runState = Snapshot.RunState.PAUSED;
    private Speed speed = Speed.REAL_TIME;
    private long eventsSeen;
    private final List<SimEvent> unpublished = new ArrayList<>();

    /**
     * @param factory makes a fresh simulation: at start, on reset, and when a new topology is loaded
     */
    public SimulationRunner(Supplier<Simulation> factory) {
        this.factory = factory;
        this.sim = factory.get();
        publish();
        this.thread = Thread.ofPlatform().name("simulation").daemon().unstarted(this::loop);
        thread.start();
    }

    public Snapshot latest() {
        return latest.get();
    }

    public void play() {
        inbox.add(() -> runState = Snapshot.RunState.RUNNING);
    }

    public void pause() {
        inbox.add(() -> runState = Snapshot.RunState.PAUSED);
    }

    public void setSpeed(Speed newSpeed) {
        inbox.add(() -> speed = newSpeed);
    }

    /** Advances exactly one simulated second while paused. */
    public void step() {
        inbox.add(this::tick);
    }

    /** Starts the run over from second zero with the same topology and seed. */
    public void reset() {
        inbox.add(() -> replace(factory.get()));
    }

    /** Replaces the running simulation (e.g. another mode's preset was loaded); pauses. Reset restarts it. */
    public void load(Supplier<Simulation> other) {
        inbox.add(() -> {
            factory = other;
            replace(other.get());
            runState = Snapshot.RunState.PAUSED;
        });
    }

    /** Applies an action at the next second's boundary; it is recorded in the run's action log. */
    public void submit(Action action) {
        inbox.add(() -> sim.apply(action));
    }

    /** Runs a read of the simulation on its own thread, e.g. to query history consistently. */
    public void inspect(java.util.function.Consumer<Simulation> reader) {
        inbox.add(() -> reader.accept(sim));
    }

    private void replace(Simulation fresh) {
        sim = fresh;
        eventsSeen = 0;
        unpublished.clear();
    }

    private void loop() {
        long lastPublish = 0;
        double owed = 0;
        long lastWall = System.nanoTime();
        while (!closed) {
            try {
                drainInbox();
                long now = System.nanoTime();
                if (runState == Snapshot.RunState.PAUSED) {
                    publish();
                    lastWall = now;
                    owed = 0;
                    Runnable next = inbox.poll(50, TimeUnit.MILLISECONDS);
                    if (next != null) {
                        next.run();
                    }
                    continue;
                }
                if (speed.isMax()) {
                    long until = now + PUBLISH_INTERVAL_NANOS;
                    do {
                        tick();
                    } while (System.nanoTime() < until && inbox.isEmpty());
                } else {
                    owed += (now - lastWall) / 1e9 * speed.multiplier();
                    lastWall = now;
                    // Never try to catch up more than a second of wall time (e.g. after a GC pause).
                    owed = Math.min(owed, speed.multiplier());
                    while (owed >= 1 && inbox.isEmpty()) {
                        tick();
                        owed -= 1;
                    }
                    if (owed < 1) {
                        long sleepNanos = (long) ((1 - owed) / speed.multiplier() * 1e9);
                        Runnable next = inbox.poll(Math.clamp(sleepNanos, 1_000_000, PUBLISH_INTERVAL_NANOS),
                                TimeUnit.NANOSECONDS);
                        if (next != null) {
                            next.run();
                        }
                    }
                }
                if (System.nanoTime() - lastPublish >= PUBLISH_INTERVAL_NANOS) {
                    publish();
                    lastPublish = System.nanoTime();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // A bad action must not kill the run: report it in the log and carry on.
                sim.eventLog().append(new SimEvent(sim.second(), org.devopssim.simulation.events.Severity.WARNING,
                        null, "action-refused", e.getMessage()));
            }
        }
    }

    private void drainInbox() {
        Runnable r;
        while ((r = inbox.poll()) != null) {
            r.run();
        }
    }

    private void tick() {
        sim.tick();
    }

    private void publish() {
        long count = sim.eventLog().appendedCount();
        if (count != eventsSeen) {
            unpublished.addAll(sim.eventLog().since(eventsSeen));
            eventsSeen = count;
        }
        Snapshot previous = latest.get();
        if (previous != null && previous.second() == sim.second() && previous.state() == runState
                && previous.speed().equals(speed) && previous.topology() == sim.topology() && unpublished.isEmpty()) {
            return;
        }
        latest.set(sim.snapshot(runState, speed, List.copyOf(unpublished)));
        unpublished.clear();
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }
}
