package org.devopssim.ui.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.devopssim.simulation.model.Mode;
import org.devopssim.simulation.model.Topology;
import org.devopssim.ui.Presets;
import org.junit.jupiter.api.Test;

class TopologyDocumentTest {

    private final Topology production = Presets.topology(Mode.PRODUCTION);

    private static Edit rename(String name) {
        return new Edit("Rename", t -> new Topology(t.schemaVersion(), name, t.mode(), t.description(), t.workload(),
                t.security(), t.delivery(), t.nodes(), t.links()));
    }

    private static final Edit DROP_LINKS = new Edit("Delete links", t -> t.withNodesAndLinks(t.nodes(), List.of()));

    @Test
    void undoAndRedoRestoreTheExactTopologies() {
        TopologyDocument doc = new TopologyDocument(production);
        doc.execute(rename("Shop"));
        Topology renamed = doc.topology();
        doc.execute(DROP_LINKS);
        assertEquals("Delete links", doc.undoLabelProperty().get());

        doc.undo();
        doc.undo();
        assertSame(production, doc.topology());
        assertFalse(doc.isDirty(), "back at the opened topology");
        assertFalse(doc.canUndoProperty().get());

        doc.redo();
        assertSame(renamed, doc.topology());
        doc.redo();
        assertTrue(doc.topology().links().isEmpty());
        assertTrue(doc.isDirty());
    }

    @Test
    void aNewEditForgetsTheRedoneFuture() {
        TopologyDocument doc = new TopologyDocument(production);
        doc.execute(rename("A"));
        doc.undo();
        doc.execute(rename("B"));
        assertFalse(doc.canRedoProperty().get());
        assertEquals("B", doc.topology().name());
    }

    @Test
    void anEditThatChangesNothingIsNotRecorded() {
        TopologyDocument doc = new TopologyDocument(production);
        doc.execute(rename(production.name()));
        assertFalse(doc.canUndoProperty().get());
        assertFalse(doc.isDirty());
    }

    @Test
    void aRefusedEditChangesNothing() {
        TopologyDocument doc = new TopologyDocument(production);
        EditRefusedException e = assertThrows(EditRefusedException.class, () -> doc.execute(new Edit("Link", t -> {
            throw new EditRefusedException("a traffic source cannot receive requests");
        })));
        assertEquals("a traffic source cannot receive requests", e.getMessage());
        assertSame(production, doc.topology());
        assertFalse(doc.canUndoProperty().get());
    }

    @Test
    void savingMakesTheDocumentCleanAndReplacingForgetsTheHistory() {
        TopologyDocument doc = new TopologyDocument(production);
        doc.execute(rename("Shop"));
        doc.markSaved(Path.of("shop.dstopo"));
        assertFalse(doc.isDirty());
        assertEquals(Path.of("shop.dstopo"), doc.file().orElseThrow());
        doc.undo();
        assertTrue(doc.isDirty(), "the saved file holds the renamed topology");

        doc.replace(production, null);
        assertFalse(doc.canUndoProperty().get());
        assertFalse(doc.canRedoProperty().get());
        assertTrue(doc.file().isEmpty());
    }
}
