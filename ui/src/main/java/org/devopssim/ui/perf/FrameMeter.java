package org.devopssim.ui.perf;

import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures JavaFX pulses: the interval between them, and the FX thread's work from the start of
 * the animation phase to the end of layout (rendering runs on the render thread; when it is slow
 * the next pulse waits, which shows in the interval). Start it before other animation timers so
 * its stamp comes first in the pulse. With {@code -Ddevopssim.frameLog=SECONDS} the summary is
 * also logged, for benchmarks.
 */
public final class FrameMeter extends AnimationTimer {

    private static final Logger LOG = LoggerFactory.getLogger(FrameMeter.class);
    private static final long SHOW_EVERY_NANOS = 500_000_000L;

    private final FrameStats stats = new FrameStats();
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final long logEveryNanos = Long.getLong("devopssim.frameLog", 0) * 1_000_000_000L;
    private long pulseStart;
    private long lastPulse;
    private long lastShown;
    private long lastLogged;

    public FrameMeter(Scene scene) {
        scene.addPostLayoutPulseListener(this::pulseLaidOut);
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public FrameStats.Summary summary() {
        return stats.summary();
    }

    @Override
    public void handle(long now) {
        pulseStart = System.nanoTime();
    }

    private void pulseLaidOut() {
        if (pulseStart == 0) {
            return;
        }
        long end = System.nanoTime();
        if (lastPulse != 0) {
            stats.record(pulseStart - lastPulse, end - pulseStart);
        }
        lastPulse = pulseStart;
        pulseStart = 0;
        if (end - lastShown >= SHOW_EVERY_NANOS) {
            lastShown = end;
            text.set(stats.summary().toString());
        }
        if (logEveryNanos > 0 && end - lastLogged >= logEveryNanos) {
            lastLogged = end;
            LOG.info("frame meter: {}", stats.summary());
        }
    }
}
