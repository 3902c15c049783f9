package org.devopssim.ui.files;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Executor;
import org.devopssim.simulation.model.Topology;
import org.devopssim.ui.edit.TopologyDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a recovery copy of unsaved changes: {@link #tick()} (once a minute of wall time) writes
 * a dirty document to the {@link RecoveryStore} on the I/O executor; when the document becomes
 * clean (saved, or replaced after the user chose not to save) the copy is removed. The document
 * is read on the FX thread; only the immutable topology crosses to the writer.
 */
public final class Autosave {

    private static final Logger LOG = LoggerFactory.getLogger(Autosave.class);
    public static final java.time.Duration INTERVAL = java.time.Duration.ofMinutes(1);

    private final TopologyDocument document;
    private final RecoveryStore store;
    private final Executor io;
    private boolean stopped;
    private final Clock clock;
    /** The topology in the recovery file, so an unchanged document is not written again. */
    private Topology written;

    public Autosave(TopologyDocument document, RecoveryStore store, Executor io, Clock clock) {
        this.document = document;
        this.store = store;
        this.io = io;
        this.clock = clock;
        document.dirtyProperty().addListener((obs, was, dirty) -> {
            if (!dirty) {
                discard();
            }
        });
    }

    /** The window closed: the I/O thread is gone, nothing more is written or removed. */
    public void stop() {
        stopped = true;
    }

    /** On the FX thread: writes the document if it has changes the recovery file does not hold yet. */
    public void tick() {
        if (stopped || !document.isDirty() || document.topology() == written) {
            return;
        }
        Topology t = document.topology();
        Path file = document.file().orElse(null);
        RecoveryStore.Recovery copy = new RecoveryStore.Recovery(t, file, clock.instant());
        written = t;
        io.execute(() -> {
            try {
                store.write(copy);
            } catch (IOException | RuntimeException e) {
                LOG.warn("autosave to {} failed: {}", store.path(), e.toString());
            }
        });
    }

    /** The changes are saved or given up: no recovery on the next start. */
    public void discard() {
        if (stopped) {
            return;
        }
        written = null;
        io.execute(() -> {
            try {
                store.delete();
            } catch (IOException e) {
                LOG.warn("cannot remove the recovery file {}: {}", store.path(), e.toString());
            }
        });
    }
}
