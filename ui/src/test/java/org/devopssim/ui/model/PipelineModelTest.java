package org.devopssim.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.devopssim.simulation.engine.Action;
import org.devopssim.simulation.engine.DeliveryPipeline;
import org.devopssim.simulation.engine.Simulation;
import org.devopssim.simulation.engine.Snapshot;
import org.devopssim.simulation.engine.Speed;
import org.devopssim.simulation.model.PriceTable;
import org.devopssim.ui.Presets;
import org.junit.jupiter.api.Test;

class PipelineModelTest {

    @Test
    void showsTheNewestRunsStagesAndSendsTheDevelopersActions() {
        Simulation sim = new Simulation(Presets.topology(org.devopssim.simulation.model.Mode.PRODUCTION), 1, PriceTable.free());
        List<Action> sent = new ArrayList<>();
        PipelineModel model = new PipelineModel(a -> {
            sent.add(a);
            sim.apply(a);
        });
        model.apply(sim.snapshot(Snapshot.RunState.PAUSED, Speed.MAX, List.of()));
        assertEquals("No commits yet", model.titleProperty().get());

        model.changeCode(120, 0, Action.Defect.NONE);
        model.commit("from a test");
        sim.advance(1000);
        model.apply(sim.snapshot(Snapshot.RunState.PAUSED, Speed.MAX, List.of()));
        assertEquals(8, model.stages().size(), "Production's strict pipeline");
        assertEquals(DeliveryPipeline.StageStatus.PASSED, model.stages().getFirst().status());
        assertEquals(DeliveryPipeline.StageStatus.WAITING, model.stages().get(6).status());
        assertEquals("waiting", model.badgeProperty().get());
        assertTrue(model.titleProperty().get().contains("api → v2"), model.titleProperty().get());

        model.approve();
        sim.advance(600);
        model.apply(sim.snapshot(Snapshot.RunState.PAUSED, Speed.MAX, List.of()));
        assertEquals(DeliveryPipeline.StageStatus.PASSED, model.stages().getLast().status());
        assertTrue(model.doraProperty().get().startsWith("DORA: 1 deploy(s)"), model.doraProperty().get());
        assertEquals(List.of("code-change", "commit", "approve"), sent.stream().map(Action::actionName).toList());
    }
}
