package org.devopssim.ml.live;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The rounds of online training, in memory: the UI reads {@link #versions()}; a store (e.g. the storage
 * module) registers a listener to persist each round as it is recorded. Thread-safe.
 */
public final class TrainingLog {

    private final List<ModelVersion> versions = new CopyOnWriteArrayList<>();
    private final List<Consumer<ModelVersion>> listeners = new CopyOnWriteArrayList<>();

    public void record(ModelVersion v) {
        versions.add(v);
        for (Consumer<ModelVersion> l : listeners) {
            l.accept(v);
        }
    }

    public List<ModelVersion> versions() {
        return List.copyOf(versions);
    }

    /** Called, on the training thread, for every round recorded from now on. */
    public void addListener(Consumer<ModelVersion> listener) {
        listeners.add(listener);
    }
}
