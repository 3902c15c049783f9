package org.devopssim.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.devopssim.simulation.codec.TopologyFileException;
import org.devopssim.simulation.model.Mode;
import org.devopssim.simulation.model.Topology;
import org.devopssim.ui.Presets;
import org.devopssim.ui.edit.Edit;
import org.devopssim.ui.edit.TopologyDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The minute's autosave with a fixed clock and an executor that runs what it is given when told. */
class AutosaveTest {

    @TempDir
    Path dir;

    /** Holds the I/O jobs, so the test sees how many were asked for and runs them in order. */
    private static final class HeldExecutor implements Executor {
        final List<Runnable> jobs = new ArrayList<>();

        @Override
        public void execute(Runnable job) {
            jobs.add(job);
        }

        int runAll() {
            int n = jobs.size();
            jobs.forEach(Runnable::run);
            jobs.clear();
            return n;
        }
    }

    private static Edit rename(String name) {
        return new Edit("Rename", t -> new Topology(t.schemaVersion(), name, t.mode(), t.description(), t.workload(),
                t.security(), t.delivery(), t.nodes(), t.links()));
    }

    @Test
    void aDirtyDocumentIsWrittenOnceAMinuteAndRemovedWhenSaved() throws Exception {
        Topology production = Presets.topology(Mode.PRODUCTION);
        TopologyDocument doc = new TopologyDocument(production);
        Path original = dir.resolve("shop.dstopo");
        doc.markSaved(original);
        RecoveryStore store = new RecoveryStore(dir.resolve("recovery"));
        HeldExecutor io = new HeldExecutor();
        Instant at = Instant.parse("2026-11-27T08:15:00Z");
        Autosave autosave = new Autosave(doc, store, io, Clock.fixed(at, ZoneOffset.UTC));

        autosave.tick();
        assertEquals(0, io.runAll(), "a clean document is not autosaved");

        doc.execute(rename("Shop, edited"));
        autosave.tick();
        assertEquals(1, io.runAll());
        RecoveryStore.Recovery r = store.read().orElseThrow();
        assertEquals(doc.topology(), r.topology());
        assertEquals(original.toAbsolutePath(), r.file());
        assertEquals(at, r.savedAt());

        autosave.tick();
        assertEquals(0, io.runAll(), "nothing changed since the last autosave: not written again");

        doc.markSaved(original);
        assertEquals(1, io.runAll(), "clean again: the recovery file is removed");
        assertFalse(Files.exists(store.path()));
    }

    @Test
    void anUntitledDocumentRecoversWithoutAFileAndABadRecoveryFileIsRefusedWithItsPlace() throws Exception {
        TopologyDocument doc = new TopologyDocument(DocumentFiles.blank());
        RecoveryStore store = new RecoveryStore(dir);
        HeldExecutor io = new HeldExecutor();
        Autosave autosave = new Autosave(doc, store, io, Clock.systemUTC());
        doc.execute(rename("Lab 3"));
        autosave.tick();
        io.runAll();
        RecoveryStore.Recovery r = store.read().orElseThrow();
        assertEquals(null, r.file());
        assertEquals("Lab 3", r.topology().name());

        Files.writeString(store.path(), "{\"recoveryVersion\": 1, \"savedAt\": \"yesterday\", \"topology\": {}}");
        TopologyFileException e = assertThrows(TopologyFileException.class, store::read);
        assertTrue(e.getMessage().contains(store.path().toString()) && e.getMessage().contains("$.savedAt"), e.getMessage());
        Path aside = store.setAside();
        assertTrue(Files.exists(aside));
        assertTrue(store.read().isEmpty(), "set aside: no longer offered");
    }
}
