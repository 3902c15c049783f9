package org.devopssim.app.metrics;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.devopssim.simulation.engine.RunObserver;
import org.devopssim.simulation.engine.Simulation;
import org.devopssim.simulation.engine.Snapshot;
import org.devopssim.simulation.engine.Speed;

/**
 * Publishes a snapshot of a headless run for the endpoint to read. Runs on the simulation thread,
 * takes no lock, and at full speed snapshots at most every {@code minIntervalNanos} of wall time:
 * a scraper polls every few seconds, so copying every simulated second would be waste.
 */
public final class SnapshotPublisher implements RunObserver {

    private final AtomicReference<Snapshot> latest = new AtomicReference<>();
    private final Speed speed;
    private final long minIntervalNanos;
    private long lastNanos;

    public SnapshotPublisher(Speed speed, long minIntervalNanos) {
        this.speed = speed;
        this.minIntervalNanos = minIntervalNanos;
    }

    @Override
    public void afterSecond(Simulation sim) {
        long now = System.nanoTime();
        if (latest.get() == null || now - lastNanos >= minIntervalNanos) {
            lastNanos = now;
            latest.set(sim.snapshot(Snapshot.RunState.RUNNING, speed, List.of()));
        }
    }

    /** The newest snapshot, null before the first second; safe from any thread. */
    public Snapshot latest() {
        return latest.get();
    }
}
