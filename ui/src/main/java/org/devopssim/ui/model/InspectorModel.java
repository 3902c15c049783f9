package org.devopssim.ui.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.devopssim.simulation.engine.Health;
import org.devopssim.simulation.engine.NodeStatus;
import org.devopssim.simulation.engine.Snapshot;
import org.devopssim.simulation.help.HelpTopics;
import org.devopssim.simulation.metrics.Metric;
import org.devopssim.simulation.model.Node;
import org.devopssim.simulation.model.NodeKind;
import org.devopssim.simulation.model.Topology;
import org.devopssim.ui.format.Figures;

/**
 * The selected node: its configuration (rebuilt when the selection or topology changes) and its
 * live figures (updated in place each frame). For a region or cluster the live figures are
 * summed over the serving nodes inside it.
 */
public final class InspectorModel {

    private static final String LIVE = "Live";

    private final Selection selection;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper(this, "subtitle", "");
    private final ReadOnlyStringWrapper kindTopic = new ReadOnlyStringWrapper(this, "kindTopic");
    private final ObservableList<InspectorRow> configuration = FXCollections.observableArrayList();
    private final ObservableList<InspectorRow> live = FXCollections.observableArrayList();
    private final ObservableList<InspectorRow> configurationView = FXCollections.unmodifiableObservableList(configuration);
    private final ObservableList<InspectorRow> liveView = FXCollections.unmodifiableObservableList(live);
    private final Map<LiveFigure, InspectorRow> liveByFigure = new EnumMap<>(LiveFigure.class);
    private final ReadOnlyStringWrapper figuresHeading = new ReadOnlyStringWrapper(this, "figuresHeading", LIVE);
    private Snapshot snapshot;
    /** The newest live snapshot, kept while a recorded moment is shown instead. */
    private Snapshot latest;
    /** True while the figures are those of a recorded moment (time travel). */
    private boolean recorded;
    private Node node;
    /** The edited topology, when there is one; its nodes may not all be running. */
    private Topology edited;

    public InspectorModel(Selection selection) {
        this.selection = selection;
        selection.nodeIdProperty().addListener((obs, old, id) -> rebuild());
    }

    /**
     * Shows the configuration of the edited topology rather than the running one; live figures
     * still come from the snapshots, matched by node id.
     */
    public void showTopology(Topology t) {
        edited = t;
        if (selection.getNodeId() != null && t.node(selection.getNodeId()).isEmpty()) {
            selection.clear();
        }
        rebuild();
    }

    /** A live snapshot: shown unless a recorded moment is ({@link #showMoment}). */
    public void apply(Snapshot s) {
        latest = s;
        if (!recorded) {
            show(s);
        }
    }

    /** The figures of a past second (time travel) until {@link #showLive()}. */
    public void showMoment(Snapshot moment) {
        recorded = true;
        figuresHeading.set("At " + Figures.elapsed(moment.second()));
        show(moment);
    }

    public void showLive() {
        if (!recorded) {
            return;
        }
        recorded = false;
        figuresHeading.set(LIVE);
        if (latest != null) {
            show(latest);
        }
    }

    private void show(Snapshot s) {
        boolean topologyChanged = snapshot == null || snapshot.topology() != s.topology();
        snapshot = s;
        if (edited != null) {
            if (topologyChanged && node != null) {
                rebuild(); // A node may have started (or stopped) running.
            } else {
                updateLive();
            }
            return;
        }
        if (topologyChanged) {
            if (selection.getNodeId() != null && s.topology().node(selection.getNodeId()).isEmpty()) {
                selection.clear();
            }
            rebuild();
        } else {
            updateLive();
        }
    }

    private void rebuild() {
        liveByFigure.clear();
        Topology topology = edited != null ? edited : snapshot == null ? null : snapshot.topology();
        Optional<Node> found = topology == null || selection.getNodeId() == null
                ? Optional.empty() : topology.node(selection.getNodeId());
        node = found.orElse(null);
        if (node == null) {
            title.set("");
            subtitle.set("");
            kindTopic.set(null);
            configuration.clear();
            live.clear();
            return;
        }
        title.set(node.displayName());
        subtitle.set(NodeKind.of(node).label());
        kindTopic.set(HelpTopics.kind(NodeKind.of(node)));
        configuration.setAll(NodeConfiguration.rows(node, topology));
        List<InspectorRow> rows = new ArrayList<>();
        if (node.isContainer()) {
            rows.add(new InspectorRow("Nodes inside", ""));
            rows.add(new InspectorRow("Health", "", "concept:health"));
            rows.add(new InspectorRow("Instances", "", HelpTopics.metric(Metric.INSTANCES)));
            rows.add(new InspectorRow("Requests served", "", HelpTopics.metric(Metric.REQUEST_RATE)));
            rows.add(new InspectorRow("Cost", "", HelpTopics.metric(Metric.COST_PER_HOUR)));
        } else {
            for (LiveFigure f : LiveFigure.values()) {
                if (f.appliesTo(node)) {
                    InspectorRow row = new InspectorRow(f.label(), "", f.helpTopic());
                    liveByFigure.put(f, row);
                    rows.add(row);
                }
            }
        }
        live.setAll(rows);
        updateLive();
    }

    private void updateLive() {
        if (node == null || snapshot == null) {
            return;
        }
        if (node.isContainer()) {
            updateContainer();
            return;
        }
        NodeStatus status = running(node.id());
        liveByFigure.forEach((figure, row) -> row.setValue(status == null ? "not running yet" : figure.format(status)));
    }

    private NodeStatus running(String id) {
        for (NodeStatus s : snapshot.nodes()) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        return null;
    }

    private void updateContainer() {
        Topology topology = snapshot.topology();
        int members = 0;
        int instances = 0;
        int booting = 0;
        double served = 0;
        double cost = 0;
        Health worst = Health.NONE;
        for (int i = 0; i < topology.nodes().size(); i++) {
            Node n = topology.nodes().get(i);
            if (n.isContainer() || !inside(n, topology)) {
                continue;
            }
            members++;
            NodeStatus s = snapshot.nodes().get(i);
            instances += s.instancesReady();
            booting += s.instancesBooting();
            cost += s.costPerHour();
            if (n.capacity() != null) {
                served += s.requestRate();
            }
            worst = Health.worse(worst, s.health());
        }
        live.get(0).setValue(String.valueOf(members));
        live.get(1).setValue(worst == Health.NONE ? "no serving nodes" : "worst: " + worst.name().toLowerCase());
        live.get(2).setValue(instances + " ready" + (booting > 0 ? ", " + booting + " booting" : ""));
        live.get(3).setValue(Figures.rate(served) + " (sum over nodes)");
        live.get(4).setValue(Figures.dollars(cost) + " / h");
    }

    private boolean inside(Node n, Topology topology) {
        String p = n.parent();
        while (p != null) {
            if (p.equals(node.id())) {
                return true;
            }
            p = topology.node(p).map(Node::parent).orElse(null);
        }
        return false;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The glossary id of the selected node's kind, or null. */
    public ReadOnlyStringProperty kindTopicProperty() {
        return kindTopic.getReadOnlyProperty();
    }

    /** "Live", or "At T+00:28:15" while a recorded moment is shown. */
    public ReadOnlyStringProperty figuresHeadingProperty() {
        return figuresHeading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty subtitleProperty() {
        return subtitle.getReadOnlyProperty();
    }

    /** Read-only for views. */
    public ObservableList<InspectorRow> configuration() {
        return configurationView;
    }

    /** Read-only for views. */
    public ObservableList<InspectorRow> live() {
        return liveView;
    }
}
