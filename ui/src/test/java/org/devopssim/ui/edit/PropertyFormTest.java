package org.devopssim.ui.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.devopssim.simulation.engine.Action;
import org.devopssim.simulation.model.AppService;
import org.devopssim.simulation.model.Autoscaling;
import org.devopssim.simulation.model.Mode;
import org.devopssim.simulation.model.Topology;
import org.junit.jupiter.api.Test;
import org.devopssim.ui.Presets;

class PropertyFormTest {

    private final Topology production = Presets.topology(Mode.PRODUCTION);
    private final Topology development = Presets.topology(Mode.DEVELOPMENT);

    private static PropertyForm form(Topology t, String id) {
        return PropertyForm.of(t.node(id).orElseThrow(), t);
    }

    @Test
    void rangesAreCheckedAsTyped() {
        PropertyForm api = form(production, "api");
        var instances = api.field("instances").orElseThrow();
        assertEquals(Optional.of("expected at least 1, got 0"), api.error(instances, "0"));
        assertEquals(Optional.of("'four' is not a whole number"), api.error(instances, "four"));
        assertEquals(Optional.empty(), api.error(instances, "6"));
        assertEquals(Optional.of("expected a number above 0, got 0"), api.error(api.field("capacity").orElseThrow(), "0"));
        assertEquals(Optional.of("expected at least the minimum, 3"), api.error(api.field("max-instances").orElseThrow(), "2"));
    }

    @Test
    void portsAreUniquePerNodeAndPerDockerComposeHost() {
        PropertyForm app = form(development, "app");
        assertEquals(Optional.of("port 3000 is listed twice"), app.error(app.field("ports").orElseThrow(), "3000, 3000"));
        assertEquals(Optional.of("port 9229 is the debug port of this node"), app.error(app.field("ports").orElseThrow(), "9229"));
        assertEquals(Optional.of("port 3000 is already a service port of this node"),
                app.error(app.field("debug-port").orElseThrow(), "3000"));
        assertEquals(Optional.empty(), app.error(app.field("debug-port").orElseThrow(), ""));
        // Add a second service on the same Compose host: 3000 is taken there; in Kubernetes it would not be.
        Topology t = new TopologyDocumentFixture(development).addServiceIn("compose");
        PropertyForm service = form(t, "service");
        assertEquals(Optional.of("port 3000 is already used by 'app' on the same Docker Compose host"),
                service.error(service.field("ports").orElseThrow(), "3000"));
        Topology k8s = new TopologyDocumentFixture(production).addServiceIn("prod-k8s");
        PropertyForm pod = form(k8s, "service");
        assertEquals(Optional.empty(), pod.error(pod.field("ports").orElseThrow(), "8080"));
    }

    @Test
    void aValidValueIsOneUndoableEditAndAnInvalidOneChangesNothing() {
        TopologyDocument doc = new TopologyDocument(production);
        PropertyForm api = form(production, "api");
        assertFalse(api.commit(doc, api.field("instances").orElseThrow(), "-2"));
        assertFalse(doc.canUndoProperty().get());
        assertTrue(api.commit(doc, api.field("instances").orElseThrow(), "6"));
        assertEquals(6, doc.topology().node("api").orElseThrow().capacity().instances());
        assertEquals("Set instances of 'api' to 6", doc.undoLabelProperty().get());
        doc.undo();
        assertEquals(production, doc.topology());
    }

    @Test
    void instancesAndAutoscalingReachTheRunningEngineAsActions() {
        PropertyForm api = form(production, "api");
        Topology scaled = api.field("instances").orElseThrow().parse().apply("7") instanceof AppService a
                ? production.withNodesAndLinks(production.nodes().stream().map(n -> n.id().equals("api") ? a : n).toList(),
                production.links()) : null;
        assertEquals(List.of(new Action.Scale("api", 7)), LiveEdits.actions(production, scaled));
        AppService manual = (AppService) api.field("scaling").orElseThrow().parse().apply("MANUAL");
        Topology t = production.withNodesAndLinks(production.nodes().stream().map(n -> n.id().equals("api") ? manual : n)
                .toList(), production.links());
        List<Action> actions = LiveEdits.actions(production, t);
        assertEquals(1, actions.size());
        assertEquals(Autoscaling.Policy.MANUAL, ((Action.SetPolicy) actions.getFirst()).autoscaling().policy());
        assertEquals(LiveEdits.comparable(production), LiveEdits.comparable(t), "applies live: no Reset needed");
    }

    /** Adds a default service inside a container. */
    private record TopologyDocumentFixture(Topology t) {
        Topology addServiceIn(String parent) {
            return TopologyEdits.add(NewNodes.create(org.devopssim.simulation.model.NodeKind.APP_SERVICE, t,
                    new org.devopssim.simulation.model.Position(0, 0), parent)).change().apply(t);
        }
    }
}
