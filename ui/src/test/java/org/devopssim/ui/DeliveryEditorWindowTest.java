package org.devopssim.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.devopssim.simulation.model.Delivery;
import org.devopssim.simulation.model.PipelineStage;
import org.devopssim.simulation.model.Topology;
import org.devopssim.ui.edit.DeliveryEdits;
import org.devopssim.ui.edit.TopologyDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The delivery pipeline editor in the inspector (nothing selected), driven headless on the Production preset. */
@ExtendWith(ApplicationExtension.class)
class DeliveryEditorWindowTest {

    private WindowUnderTest opened;
    private TopologyDocument doc;

    @Start
    void start(Stage stage) {
        opened = WindowUnderTest.open(stage, Presets.help());
        doc = opened.window.document();
    }

    @AfterEach
    void stop() {
        opened.close();
    }

    /** Brings a control of the inspector into view, as scrolling would, and clicks it. */
    private void click(FxRobot robot, String id) {
        javafx.scene.Node n = robot.lookup(id).query();
        robot.interact(() -> scrollTo(n));
        robot.clickOn(n);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void scrollTo(javafx.scene.Node n) {
        for (javafx.scene.Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.ScrollPane scroll) {
                javafx.scene.Node content = scroll.getContent();
                double y = content.sceneToLocal(n.localToScene(0, 0)).getY();
                double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                scroll.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (y - 40) / room)));
                scroll.layout();
                return;
            }
        }
    }

    @Test
    void changingTheStrategyAndRemovingAStageAreUndoneExactly(FxRobot robot) {
        Topology original = doc.topology();
        assertTrue(robot.lookup("#delivery-editor").query().isVisible(), "shown with nothing selected");

        click(robot, "#delivery-strategy");
        robot.clickOn("canary");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Delivery.Strategy.CANARY, doc.topology().delivery().strategy());
        assertEquals("Set deployment strategy", doc.undoLabelProperty().get());

        assertEquals("3. Integration tests", robot.lookup("#delivery-stage-2").queryAs(Label.class).getText());
        click(robot, "#delivery-stage-2-remove");
        assertFalse(DeliveryEdits.stages(doc.topology()).stream()
                .anyMatch(s -> s.kind() == PipelineStage.Kind.INTEGRATION_TESTS));
        assertEquals("3. Image build", robot.lookup("#delivery-stage-2").queryAs(Label.class).getText(), "the list follows");
        Topology edited = doc.topology();
        assertNotEquals(original, edited);
        assertTrue(opened.window.document().isDirty());

        robot.interact(() -> {
            doc.undo();
            doc.undo();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(original, doc.topology(), "two undos restore the topology exactly");
        assertFalse(doc.isDirty());
        assertEquals(Delivery.Strategy.ROLLING_UPDATE,
                robot.lookup("#delivery-strategy").queryAs(ChoiceBox.class).getValue(), "and the editor shows it");
        assertEquals("3. Integration tests", robot.lookup("#delivery-stage-2").queryAs(Label.class).getText());
    }

    @Test
    void aBadDurationShowsWhyAndIsNotApplied(FxRobot robot) {
        Topology original = doc.topology();
        TextField build = robot.lookup("#delivery-stage-0-duration").queryAs(TextField.class);
        robot.interact(() -> {
            scrollTo(build);
            build.requestFocus();
            build.selectAll();
        });
        robot.write("-5");
        WaitForAsyncUtils.waitForFxEvents();
        Label error = robot.lookup("#delivery-stage-0-error").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertEquals("expected whole seconds from 0 to 86400, got -5", error.getText());
        robot.type(KeyCode.ENTER);
        assertEquals(original, doc.topology(), "nothing applied");

        robot.interact(() -> build.selectAll());
        robot.write("240").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(error.isVisible());
        assertEquals(new PipelineStage(PipelineStage.Kind.BUILD, 240), DeliveryEdits.stages(doc.topology()).getFirst());
        assertEquals("Set stage duration", doc.undoLabelProperty().get());
    }
}
