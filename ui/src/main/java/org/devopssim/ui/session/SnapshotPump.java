package org.devopssim.ui.session;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import org.devopssim.simulation.engine.Snapshot;

/**
 * Pulls the newest snapshot once per frame and hands it on only when it changed. Frame consumers
 * (topology, status bar, inspector) get every new snapshot; batch consumers (tiles, chart) get
 * the newest one at most every {@code batchIntervalNanos}, because redrawing a chart or a
 * sparkline 60 times a second costs more than it tells.
 */
public final class SnapshotPump extends AnimationTimer {

    public static final long DEFAULT_BATCH_INTERVAL_NANOS = 250_000_000L;

    private final Supplier<Snapshot> source;
    private final long batchIntervalNanos;
    private final List<Consumer<Snapshot>> frameConsumers = new ArrayList<>();
    private final List<Consumer<Snapshot>> batchConsumers = new ArrayList<>();
    private Snapshot lastFrame;
    private Snapshot lastBatch;
    private long lastBatchNanos;

    public SnapshotPump(Supplier<Snapshot> source, long batchIntervalNanos) {
        this.source = source;
        this.batchIntervalNanos = batchIntervalNanos;
    }

    public void onFrame(Consumer<Snapshot> consumer) {
        frameConsumers.add(consumer);
    }

    public void onBatch(Consumer<Snapshot> consumer) {
        batchConsumers.add(consumer);
    }

    @Override
    public void handle(long now) {
        Snapshot snapshot = source.get();
        if (snapshot == null) {
            return;
        }
        if (snapshot != lastFrame) {
            lastFrame = snapshot;
            frameConsumers.forEach(c -> c.accept(snapshot));
        }
        boolean topologyChanged = lastBatch != null && lastBatch.topology() != snapshot.topology();
        if (snapshot != lastBatch && (lastBatch == null || topologyChanged || now - lastBatchNanos >= batchIntervalNanos)) {
            lastBatch = snapshot;
            lastBatchNanos = now;
            batchConsumers.forEach(c -> c.accept(snapshot));
        }
    }
}
