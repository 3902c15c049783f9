package org.devopssim.ui.model;

import java.util.function.Supplier;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleLongProperty;
import org.devopssim.simulation.metrics.Metric;
import org.devopssim.simulation.metrics.MetricsStore;
import org.devopssim.simulation.metrics.Series;

/**
 * Scrubbing back through the run's recorded history. Travelling pauses the run (the past cannot
 * be watched while the present moves on); "back to live" resumes it if it was running. While
 * travelling, tiles and charts show the second under the {@link #cursorProperty() cursor}.
 */
public final class TimeTravelModel {

    private final Supplier<MetricsStore> store;
    private final RunControlsModel run;
    private final ReadOnlyBooleanWrapper travelling = new ReadOnlyBooleanWrapper(this, "travelling");
    private final ReadOnlyLongWrapper oldest = new ReadOnlyLongWrapper(this, "oldest");
    private final ReadOnlyLongWrapper newest = new ReadOnlyLongWrapper(this, "newest");
    private final LongProperty cursor = new SimpleLongProperty(this, "cursor");
    private boolean resumeOnReturn;
    private MetricsStore travelledStore;

    public TimeTravelModel(Supplier<MetricsStore> store, RunControlsModel run) {
        this.store = store;
        this.run = run;
    }

    public ReadOnlyBooleanProperty travellingProperty() {
        return travelling.getReadOnlyProperty();
    }

    public boolean isTravelling() {
        return travelling.get();
    }

    /** The oldest second the store still holds. */
    public ReadOnlyLongProperty oldestProperty() {
        return oldest.getReadOnlyProperty();
    }

    /** The newest recorded second. */
    public ReadOnlyLongProperty newestProperty() {
        return newest.getReadOnlyProperty();
    }

    /** The second shown while travelling; kept within the recorded range. */
    public LongProperty cursorProperty() {
        return cursor;
    }

    /** Follows the recorded range while live; a new run ends a journey into the old one. */
    public void refresh() {
        MetricsStore metrics = store.get();
        if (metrics == null) {
            return;
        }
        if (travelling.get() && metrics != travelledStore) {
            backToLive();
        }
        if (travelling.get()) {
            return;
        }
        long last = Math.max(0, metrics.newestSecond());
        newest.set(last);
        Series held = metrics.range(MetricsStore.SYSTEM, Metric.INSTANCES, 0, last);
        oldest.set(held.isEmpty() ? 0 : held.times()[0]);
        cursor.set(last);
    }

    /** Goes back to {@code second} (clamped to what is recorded), pausing the run on the first step. */
    public void travelTo(long second) {
        MetricsStore metrics = store.get();
        if (metrics == null || metrics.newestSecond() < 0) {
            return;
        }
        if (!travelling.get()) {
            resumeOnReturn = run.isRunning();
            run.pause();
            travelledStore = metrics;
            newest.set(metrics.newestSecond());
            travelling.set(true);
        }
        cursor.set(Math.clamp(second, oldest.get(), newest.get()));
    }

    public void backToLive() {
        if (!travelling.get()) {
            return;
        }
        travelling.set(false);
        travelledStore = null;
        cursor.set(newest.get());
        if (resumeOnReturn) {
            run.play();
        }
    }
}
