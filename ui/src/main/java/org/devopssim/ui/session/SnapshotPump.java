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
 * sparkline 60 times a second costs more than it tells; part of a batch's work can run on the
 * frame after it ({@link #onAfterBatch}).
 */
public final class SnapshotPump extends AnimationTimer {

    public static final long DEFAULT_BATCH_INTERVAL_NANOS = 250_000_000L;

    private final Supplier<Snapshot> source;
    private final long batchIntervalNanos;
    private final List<Consumer<Snapshot>> frameConsumers = new ArrayList<>();
    private final List<Consumer<Snapshot>> batchConsumers = new ArrayList<>();
    private final List<Consumer<Snapshot>> afterBatchConsumers = new ArrayList<>();
    /** The batch whose follow-up work waits for the next frame, or null. */
    private Snapshot followUp;
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

    /**
     * Work that belongs to a batch but runs on the frame after it (a chart redraw after the
     * figures), so no single frame carries the whole batch.
     */
    public void onAfterBatch(Consumer<Snapshot> consumer) {
        afterBatchConsumers.add(consumer);
    }

    @Override
    public void handle(long now) {
        if (followUp != null) {
            Snapshot batch = followUp;
            followUp = null;
            afterBatchConsumers.forEach(c -> c.accept(batch));
        }
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
            followUp = snapshot;
        }
    }
}
