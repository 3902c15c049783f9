package org.devopssim.ui.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.devopssim.simulation.codec.TopologyCodec;
import org.devopssim.simulation.codec.TopologyFileException;
import org.devopssim.simulation.model.Delivery;
import org.devopssim.simulation.model.Mode;
import org.devopssim.simulation.model.PipelineStage;
import org.devopssim.simulation.model.PipelineStage.Kind;
import org.devopssim.simulation.model.Topology;
import org.devopssim.ui.Presets;
import org.junit.jupiter.api.Test;

class DeliveryEditsTest {

    private final Topology production = Presets.topology(Mode.PRODUCTION);

    private static List<Kind> kinds(Topology t) {
        return DeliveryEdits.stages(t).stream().map(PipelineStage::kind).toList();
    }

    @Test
    void numbersAreCheckedAsTyped() {
        assertEquals(Optional.empty(), DeliveryEdits.percentError("0"));
        assertEquals(Optional.empty(), DeliveryEdits.percentError(" 100 "));
        assertEquals(Optional.of("expected a percentage from 0 to 100, got 101"), DeliveryEdits.percentError("101"));
        assertEquals(Optional.of("expected a percentage from 0 to 100, got 'lots'"), DeliveryEdits.percentError("lots"));
        assertEquals(Optional.of("expected a percentage from 0 to 100"), DeliveryEdits.percentError(""));
        assertEquals(Optional.empty(), DeliveryEdits.durationError("0"));
        assertEquals(Optional.of("expected whole seconds from 0 to 86400, got -5"), DeliveryEdits.durationError("-5"));
        assertEquals(Optional.of("expected whole seconds from 0 to 86400, got '1.5'"), DeliveryEdits.durationError("1.5"));
    }

    @Test
    void aProductionDeployNeedsAPrecedingBuild() {
        TopologyDocument doc = new TopologyDocument(production);
        assertEquals(Kind.BUILD, kinds(production).getFirst());

        EditRefusedException removed = assertThrows(EditRefusedException.class, () -> doc.execute(DeliveryEdits.removeStage(0)));
        assertEquals("a production deploy needs a build stage before it", removed.getMessage());
        for (int i = kinds(production).size() - 1; i > 1; i--) {
            doc.execute(DeliveryEdits.moveStage(i, -1)); // the production deploy climbs to right after the build
        }
        assertEquals(List.of(Kind.BUILD, Kind.DEPLOY_PRODUCTION), kinds(doc.topology()).subList(0, 2));
        assertThrows(EditRefusedException.class, () -> doc.execute(DeliveryEdits.moveStage(1, -1)),
                "moving the deploy above the build is refused");
        assertEquals(List.of(Kind.BUILD, Kind.DEPLOY_PRODUCTION), kinds(doc.topology()).subList(0, 2), "and changes nothing");
        EditRefusedException second = assertThrows(EditRefusedException.class,
                () -> doc.execute(DeliveryEdits.addStage(Kind.DEPLOY_PRODUCTION, 0)));
        assertTrue(second.getMessage().contains("one production deploy"), second.getMessage());
    }

    @Test
    void outOfRangeValuesAreRefusedByTheValidatorToo() {
        TopologyDocument doc = new TopologyDocument(production);
        assertThrows(EditRefusedException.class, () -> doc.execute(DeliveryEdits.duration(0, -1)));
        assertThrows(EditRefusedException.class, () -> doc.execute(DeliveryEdits.maxSurge(150)));
        assertThrows(EditRefusedException.class, () -> doc.execute(DeliveryEdits.removeStage(99)));
        assertEquals(production, doc.topology());
        assertFalse(doc.canUndoProperty().get());
    }

    @Test
    void theApprovalGateGoesRightBeforeProduction() {
        TopologyDocument doc = new TopologyDocument(production);
        assertTrue(DeliveryEdits.approvalGate(production));
        doc.execute(DeliveryEdits.approvalGate(false));
        assertFalse(kinds(doc.topology()).contains(Kind.APPROVAL));
        doc.execute(DeliveryEdits.approvalGate(true));
        List<Kind> k = kinds(doc.topology());
        assertEquals(List.of(Kind.APPROVAL, Kind.DEPLOY_PRODUCTION), k.subList(k.size() - 2, k.size()));
        doc.execute(DeliveryEdits.addStage(Kind.SECURITY_SCAN, 45));
        k = kinds(doc.topology());
        assertEquals(List.of(Kind.SECURITY_SCAN, Kind.APPROVAL, Kind.DEPLOY_PRODUCTION), k.subList(k.size() - 3, k.size()),
                "a new stage goes before the gate and the deploy");
    }

    @Test
    void editsRoundTripThroughTheTopologyFileAndUndoRestoresTheOriginal() throws TopologyFileException {
        TopologyDocument doc = new TopologyDocument(production);
        doc.execute(DeliveryEdits.strategy(Delivery.Strategy.BLUE_GREEN));
        doc.execute(DeliveryEdits.rollback(Delivery.Rollback.AUTOMATIC_ON_FAILURE));
        doc.execute(DeliveryEdits.maxSurge(50));
        doc.execute(DeliveryEdits.maxUnavailable(0));
        doc.execute(DeliveryEdits.removeStage(2));
        doc.execute(DeliveryEdits.duration(0, 300));
        doc.execute(DeliveryEdits.moveStage(1, 1));
        Topology edited = doc.topology();
        assertEquals("Move pipeline stage down", doc.undoLabelProperty().get());

        TopologyCodec codec = new TopologyCodec();
        String json = codec.toJson(edited);
        Topology read = codec.read(json.getBytes(StandardCharsets.UTF_8), "edited.json");
        assertEquals(edited, read, json);
        Delivery d = read.delivery();
        assertEquals(Delivery.Strategy.BLUE_GREEN, d.strategy());
        assertEquals(50, d.maxSurgePercent());
        assertEquals(0, d.maxUnavailablePercent());
        assertEquals(new PipelineStage(Kind.BUILD, 300), d.pipeline().getFirst());
        assertFalse(kinds(read).contains(Kind.INTEGRATION_TESTS));

        for (int i = 0; i < 7; i++) {
            doc.undo();
        }
        assertEquals(production, doc.topology());
        assertFalse(doc.isDirty());
    }

    @Test
    void aFileWithABrokenPipelineIsRefusedWithWhereAndWhy() {
        TopologyCodec codec = new TopologyCodec();
        Topology t = production;
        Topology broken = new Topology(t.schemaVersion(), t.name(), t.mode(), t.description(), t.workload(), t.security(),
                new Delivery(Delivery.Strategy.CANARY, Delivery.Rollback.MANUAL, true, null, null,
                        List.of(new PipelineStage(Kind.UNIT_TESTS, -3), new PipelineStage(Kind.DEPLOY_PRODUCTION, 0))),
                t.nodes(), t.links());
        String json = codec.toJson(broken);
        TopologyFileException e = assertThrows(TopologyFileException.class,
                () -> codec.read(json.getBytes(StandardCharsets.UTF_8), "broken.json"));
        assertEquals(List.of("$.delivery.pipeline[0].durationSeconds", "$.delivery.pipeline[1].kind"),
                e.problems().stream().map(TopologyFileException.Problem::path).toList());
        assertEquals("a production deploy needs a build stage before it", e.problems().get(1).message());
    }
}
