package org.devopssim.ui.edit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.devopssim.simulation.engine.Action;
import org.devopssim.simulation.engine.Snapshot;
import org.devopssim.simulation.model.AppService;
import org.devopssim.simulation.model.Autoscaling;
import org.devopssim.simulation.model.Capacity;
import org.devopssim.simulation.model.Node;
import org.devopssim.simulation.model.Position;
import org.devopssim.simulation.model.Topology;

/**
 * What an edit does to the running simulation.
 * <ul>
 * <li>At second 0 nothing has happened yet: the session is reloaded with the edited topology.</li>
 * <li>Later, edits that the engine has actions for are submitted as actions at the next tick, so
 *     they are part of the recorded, replayable run: a node's instance count becomes {@code scale},
 *     a service's autoscaling policy {@code set-policy}.</li>
 * <li>Moves and renames are cosmetic: the run does not care where a card is drawn.</li>
 * <li>Anything else (nodes, links, other settings) cannot change under a running system: it stays
 *     in the document and {@link #pendingProperty()} says it applies on Reset.</li>
 * </ul>
 * Lives on the FX thread.
 */
public final class LiveEdits {

    /** Where edits go: the running session, seen through what this class needs of it. */
    public interface Run {
        Snapshot latest();

        /** The topology the run started from (what Reset restarts without edits). */
        Topology topology();

        void submit(Action action);

        void load(Topology topology);
    }

    private final TopologyDocument document;
    private final Run run;
    private final Consumer<String> notice;
    private final ReadOnlyBooleanWrapper pending = new ReadOnlyBooleanWrapper(this, "pending");
    /** Topologies this class gave the session, so that their runs are not taken for a preset switch. */
    private final Set<Topology> loaded = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The topology given to the session last, until a new document; the session takes it over asynchronously. */
    private Topology lastLoaded;

    /** @param notice told, once per change of state, that edits wait for a Reset */
    public LiveEdits(TopologyDocument document, Run run, Consumer<String> notice) {
        this.document = Objects.requireNonNull(document);
        this.run = Objects.requireNonNull(run);
        this.notice = Objects.requireNonNull(notice);
        long[] generation = {document.generation()};
        document.topologyProperty().addListener((obs, before, after) -> {
            if (document.generation() != generation[0]) {
                generation[0] = document.generation();
                loaded.clear();
                lastLoaded = null;
            } else {
                edited(before, after);
            }
            refresh();
        });
    }

    /** Whether the session runs (or is about to run) this topology because an edit loaded it. */
    public boolean loadedByAnEdit(Topology t) {
        return loaded.contains(t);
    }

    /** True while the document has edits the run cannot take until Reset. */
    public ReadOnlyBooleanProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    public boolean isPending() {
        return pending.get();
    }

    /** Reset: runs the document's topology from second 0 when it differs from the run's, else restarts the run. */
    public boolean resetRunsDocument() {
        Topology t = document.topology();
        if (t == running()) {
            return false;
        }
        load(t);
        pending.set(false);
        return true;
    }

    /** After a new run started (reset, preset, file): the indicator follows what it runs. */
    public void refresh() {
        Topology running = running();
        pending.set(running != document.topology() && !comparable(running).equals(comparable(document.topology())));
    }

    private Topology running() {
        return lastLoaded != null ? lastLoaded : run.topology();
    }

    private void load(Topology t) {
        loaded.add(t);
        lastLoaded = t;
        run.load(t);
    }

    private void edited(Topology before, Topology after) {
        Snapshot s = run.latest();
        if (s == null || s.second() == 0) {
            load(after);
            return;
        }
        boolean wasPending = pending.get();
        List<Action> actions = actions(before, after);
        actions.forEach(run::submit);
        refresh();
        if (pending.get() && !wasPending) {
            notice.accept("The run is past second 0, so this edit cannot change the running system. It is kept;"
                    + " Reset (Ctrl+R) runs the edited topology from the start.");
        }
    }

    /** The engine actions that carry an edit into the run: scale and set-policy. */
    static List<Action> actions(Topology before, Topology after) {
        List<Action> actions = new ArrayList<>();
        Map<String, Node> old = new java.util.HashMap<>();
        before.nodes().forEach(n -> old.put(n.id(), n));
        for (Node n : after.nodes()) {
            Node was = old.get(n.id());
            if (was == null || was.getClass() != n.getClass()) {
                continue;
            }
            if (n.capacity() != null && was.capacity() != null && n.capacity().instances() != was.capacity().instances()) {
                actions.add(new Action.Scale(n.id(), n.capacity().instances()));
            }
            if (n instanceof AppService a && was instanceof AppService w && !Objects.equals(a.autoscaling(), w.autoscaling())) {
                actions.add(new Action.SetPolicy(a.id(), a.autoscaling() == null
                        ? new Autoscaling(Autoscaling.Policy.MANUAL, 1, Math.max(1, a.capacity().instances()), 0.6)
                        : a.autoscaling()));
            }
        }
        return actions;
    }

    /**
     * The topology without what applies live or does not matter to the run: positions, names,
     * instance counts and autoscaling. Two topologies equal in this form run the same.
     */
    static Topology comparable(Topology t) {
        if (t == null) {
            return null;
        }
        List<Node> nodes = t.nodes().stream().map(n -> {
            Node m = NodeRecords.with(n, n.id(), null, n.parent(), (Position) null);
            Capacity c = m.capacity();
            if (c != null) {
                m = NodeRecords.withCapacity(m, new Capacity(0, c.instanceSize(), c.perInstanceRps(), c.baseLatencyMs(),
                        c.bootTimeSeconds()));
            }
            if (m instanceof AppService a) {
                m = new AppService(a.id(), a.name(), a.parent(), a.position(), a.technology(), a.ports(), a.debugPort(),
                        a.hotReload(), a.capacity(), null, a.features());
            }
            return m;
        }).toList();
        return new Topology(t.schemaVersion(), t.name(), t.mode(), t.description(), t.workload(), t.security(),
                t.delivery(), nodes, t.links());
    }
}
