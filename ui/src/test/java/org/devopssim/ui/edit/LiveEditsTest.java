package org.devopssim.ui.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.devopssim.simulation.engine.Action;
import org.devopssim.simulation.engine.Snapshot;
import org.devopssim.simulation.engine.Speed;
import org.devopssim.simulation.model.Mode;
import org.devopssim.simulation.model.Node;
import org.devopssim.simulation.model.NodeKind;
import org.devopssim.simulation.model.Position;
import org.devopssim.simulation.model.Topology;
import org.devopssim.ui.Presets;
import org.junit.jupiter.api.Test;

class LiveEditsTest {

    private final Topology production = Presets.topology(Mode.PRODUCTION);

    /** The session as LiveEdits sees it: a clock, the topology it runs, and what it was sent. */
    private final class FakeRun implements LiveEdits.Run {
        long second;
        Topology running = production;
        final List<Action> submitted = new ArrayList<>();
        final List<Topology> loaded = new ArrayList<>();

        @Override
        public Snapshot latest() {
            return new Snapshot(running, second, 0, Snapshot.RunState.RUNNING, Speed.STEPS.getFirst(), null, List.of(),
                    new double[0], List.of(), List.of(), null);
        }

        @Override
        public Topology topology() {
            return running;
        }

        @Override
        public void submit(Action action) {
            submitted.add(action);
        }

        @Override
        public void load(Topology topology) {
            loaded.add(topology);
        }
    }

    private final FakeRun run = new FakeRun();
    private final TopologyDocument doc = new TopologyDocument(production);
    private final List<String> notices = new ArrayList<>();
    private final LiveEdits live = new LiveEdits(doc, run, notices::add);

    private void setInstances(String id, int n) {
        PropertyForm form = PropertyForm.of(doc.topology().node(id).orElseThrow(), doc.topology());
        assertTrue(form.commit(doc, form.field("instances").orElseThrow(), String.valueOf(n)));
    }

    @Test
    void atSecondZeroTheRunIsReloadedWithTheEditedTopology() {
        setInstances("api", 6);
        assertEquals(List.of(doc.topology()), run.loaded);
        assertTrue(live.loadedByAnEdit(doc.topology()), "so the window does not take its run for a preset switch");
        assertFalse(live.isPending());
        assertEquals(List.of(), run.submitted);
    }

    @Test
    void laterInstanceCountsGoInAsScaleActionsAndMovesAreCosmetic() {
        run.second = 120;
        setInstances("api", 6);
        Node lb = doc.topology().node("lb").orElseThrow();
        doc.execute(TopologyEdits.move(List.of(new TopologyEdits.Placement("lb", new Position(300, 300), lb.parent())),
                java.util.Map.of()));

        assertEquals(List.of(new Action.Scale("api", 6)), run.submitted);
        assertEquals(List.of(), run.loaded);
        assertFalse(live.isPending(), "nothing waits for a reset");
        assertEquals(List.of(), notices);
        doc.undo();
        doc.undo();
        assertEquals(List.of(new Action.Scale("api", 6), new Action.Scale("api", 4)), run.submitted, "undo scales back");
    }

    @Test
    void structuralEditsWaitForResetAndResetRunsTheDocument() {
        run.second = 120;
        Node redis = NewNodes.create(NodeKind.REDIS, doc.topology(), new Position(500, 500), "prod-k8s");
        doc.execute(TopologyEdits.add(redis));

        assertTrue(live.isPending());
        assertEquals(1, notices.size());
        assertTrue(notices.getFirst().contains("Reset (Ctrl+R)"), notices.getFirst());
        doc.execute(TopologyEdits.link(doc.topology(), "api", "redis"));
        assertEquals(1, notices.size(), "said once while edits wait");

        assertTrue(live.resetRunsDocument());
        assertSame(doc.topology(), run.loaded.getLast());
        assertFalse(live.isPending());

        doc.undo();
        doc.undo();
        assertTrue(live.isPending(), "undoing to the preset differs from what now runs");
    }
}
