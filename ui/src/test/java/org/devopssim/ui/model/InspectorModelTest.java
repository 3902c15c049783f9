package org.devopssim.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Collectors;
import org.devopssim.simulation.engine.Snapshot;
import org.devopssim.simulation.model.Mode;
import org.devopssim.ui.Presets;
import org.junit.jupiter.api.Test;

class InspectorModelTest {

    private final Selection selection = new Selection();
    private final InspectorModel model = new InspectorModel(selection);

    private static Map<String, String> values(javafx.collections.ObservableList<InspectorRow> rows) {
        return rows.stream().collect(Collectors.toMap(InspectorRow::label, InspectorRow::getValue));
    }

    @Test
    void showsTheSelectedServicesConfigurationAndLiveFigures() {
        model.apply(Presets.snapshotAfter(Mode.PRODUCTION, 0));
        selection.select("api");
        assertEquals("API (Node.js + Express)", model.titleProperty().get());
        Map<String, String> config = values(model.configuration());
        assertEquals("8080", config.get("Ports"));
        assertEquals("reactive, 3-20 instances, target 60 %", config.get("Scaling"));
        assertEquals("m5.large", config.get("Instance size"));

        String before = values(model.live()).get("Request rate");
        model.apply(Presets.snapshotAfter(Mode.PRODUCTION, 120));
        // A new simulation brings a new topology object: the rows are rebuilt, the selection stays.
        assertEquals("api", selection.getNodeId());
        String after = values(model.live()).get("Request rate");
        assertNotEquals(before, after);
        assertTrue(after.endsWith("req/s"));
    }

    @Test
    void liveRowsUpdateInPlaceWhileTheTopologyStays() {
        var sim = Presets.simulation(Mode.PRODUCTION);
        model.apply(sim.snapshot(Snapshot.RunState.RUNNING, org.devopssim.simulation.engine.Speed.REAL_TIME, java.util.List.of()));
        selection.select("db-replica");
        InspectorRow lag = model.live().stream().filter(r -> r.label().equals("Replication lag")).findFirst().orElseThrow();
        InspectorRow rate = model.live().stream().filter(r -> r.label().equals("Request rate")).findFirst().orElseThrow();
        String first = rate.getValue();
        sim.advance(60);
        model.apply(sim.snapshot(Snapshot.RunState.RUNNING, org.devopssim.simulation.engine.Speed.REAL_TIME, java.util.List.of()));
        assertTrue(model.live().contains(lag), "the same row objects stay, only their values change");
        assertNotEquals(first, rate.getValue());
    }

    @Test
    void aRecordedMomentShowsItsFiguresUntilBackToLive() {
        var sim = Presets.simulation(Mode.PRODUCTION);
        sim.advance(60);
        long before = sim.metrics().newestSecond();
        sim.apply(new org.devopssim.simulation.engine.Fault.RegionOutage("aws-us-east-1", 600));
        sim.advance(30);
        Snapshot live = sim.snapshot(Snapshot.RunState.PAUSED, org.devopssim.simulation.engine.Speed.REAL_TIME, java.util.List.of());
        model.apply(live);
        selection.select("api");
        assertEquals("down", values(model.live()).get("Health"));
        assertEquals("Live", model.figuresHeadingProperty().get());

        model.showMoment(RecordedMoment.snapshotAt(sim.metrics(), sim.statusHistory(), live, before).orElseThrow());
        assertEquals("up", values(model.live()).get("Health"));
        assertEquals("At T+00:00:59", model.figuresHeadingProperty().get());
        model.apply(live);
        assertEquals("up", values(model.live()).get("Health"), "live frames wait while a moment is shown");

        model.showLive();
        assertEquals("down", values(model.live()).get("Health"));
        assertEquals("Live", model.figuresHeadingProperty().get());
    }

    @Test
    void aContainerSumsTheNodesInsideIt() {
        model.apply(Presets.snapshotAfter(Mode.EXPERIMENTAL, 30));
        selection.select("gcp-asia-east1");
        Map<String, String> live = values(model.live());
        // lb-gcp, api-gcp, redis-gcp, pg-3, users-gcp, prometheus, thanos: everything below the region.
        assertEquals("7", live.get("Nodes inside"));
        assertEquals("GCP", values(model.configuration()).get("Provider"));
    }

    @Test
    void aSelectionThatNoLongerExistsIsCleared() {
        model.apply(Presets.snapshotAfter(Mode.PRODUCTION, 0));
        selection.select("db-primary");
        model.apply(Presets.snapshotAfter(Mode.DEVELOPMENT, 0));
        assertEquals(null, selection.getNodeId());
        assertEquals("", model.titleProperty().get());
        assertTrue(model.live().isEmpty());
    }
}
