package org.devopssim.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.devopssim.simulation.model.Link;
import org.devopssim.simulation.model.LinkType;
import org.devopssim.simulation.model.Node;
import org.devopssim.simulation.model.Position;
import org.devopssim.simulation.model.Topology;
import org.devopssim.ui.edit.TopologyDocument;
import org.devopssim.ui.topology.TopologyCanvas;
import org.devopssim.ui.topology.TopologyLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The topology editor driven with the mouse and keyboard, headless, on the Production preset. */
@ExtendWith(ApplicationExtension.class)
class EditTopologyWindowTest {

    private WindowUnderTest opened;
    private TopologyDocument doc;
    private TopologyCanvas canvas;

    @Start
    void start(Stage stage) {
        opened = WindowUnderTest.open(stage, Presets.help());
        doc = opened.window.document();
    }

    @BeforeEach
    void drawn(FxRobot robot) throws Exception {
        canvas = robot.lookup("#topology").queryAs(TopologyCanvas.class);
        WindowUnderTest.waitUntil("production is drawn", () -> canvas.screenPointOf("api").isPresent());
    }

    @AfterEach
    void stop() {
        opened.close();
    }

    /** Inside the Kubernetes cluster, between the API and Prometheus, on the grid: file position (460, 320). */
    private Point2D insideTheCluster() {
        return canvas.screenPoint(460 * TopologyLayout.SPREAD_X, 320 * TopologyLayout.SPREAD_Y);
    }

    private Node node(String id) {
        return doc.topology().node(id).orElseThrow(() -> new AssertionError("no node " + id));
    }

    private void dropRedis(FxRobot robot) {
        robot.drag("#palette-redis", MouseButton.PRIMARY).dropTo(insideTheCluster());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void dragFromHandle(FxRobot robot, String from, String to) {
        robot.clickOn(canvas.screenPointOf(from).orElseThrow());
        robot.moveTo(canvas.handlePointOf(from).orElseThrow()).press(MouseButton.PRIMARY)
                .moveTo(canvas.screenPointOf(to).orElseThrow()).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void shortcut(FxRobot robot, KeyCode... keys) {
        KeyCode[] all = new KeyCode[keys.length + 1];
        all[0] = KeyCode.CONTROL;
        System.arraycopy(keys, 0, all, 1, keys.length);
        robot.press(all).release(all);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void typeInto(FxRobot robot, String fieldId, String text) {
        // Focus as a click would; the inspector may have scrolled the field out of a small window.
        TextField field = robot.lookup(fieldId).queryAs(TextField.class);
        robot.interact(() -> {
            field.requestFocus();
            field.selectAll();
        });
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aNodeDraggedFromThePaletteLandsWhereItIsDroppedInsideTheCluster(FxRobot robot) {
        int before = doc.topology().nodes().size();

        dropRedis(robot);

        assertEquals(before + 1, doc.topology().nodes().size());
        Node redis = node("redis");
        assertEquals("redis", redis.kindName());
        assertEquals(new Position(460, 320), redis.position(), "at the drop point, in file units, on the grid");
        assertEquals("prod-k8s", redis.parent(), "dropped into the cluster, so inside it");
        assertEquals("redis", opened.window.document().topology().node("redis").orElseThrow().id());
        assertTrue(canvas.topologyLayout().orElseThrow().box("redis").isPresent(), "drawn");
        assertEquals("Add Redis", doc.undoLabelProperty().get());
    }

    @Test
    void draggingFromAHandleToAnotherNodeLinksThemWithTheTypeTheKindsSuggest(FxRobot robot) {
        dropRedis(robot);

        dragFromHandle(robot, "api", "redis");

        assertTrue(doc.topology().links().contains(new Link("api", "redis", LinkType.CACHE)), doc.topology().links().toString());
        assertEquals("Link 'api' to 'redis' (cache)", doc.undoLabelProperty().get());
    }

    @Test
    void aRefusedLinkSaysWhyAndChangesNothing(FxRobot robot) {
        Topology before = doc.topology();

        dragFromHandle(robot, "users", "db-primary");

        assertEquals(before, doc.topology());
        assertFalse(doc.canUndoProperty().get());
        String notice = opened.window.lastEditNotice();
        assertTrue(notice.startsWith("Not linked: ") && notice.contains("traffic-source ('users')")
                && notice.contains("SQL goes from a service to PostgreSQL"), notice);
        assertTrue(robot.lookup("#edit-notice").queryAs(Label.class).isVisible());
    }

    @Test
    void undoAndRedoRoundTripRestoreIdenticalTopologies(FxRobot robot) {
        Topology original = doc.topology();
        dropRedis(robot);
        dragFromHandle(robot, "api", "redis");
        robot.clickOn(canvas.screenPointOf("db-replica").orElseThrow());
        typeInto(robot, "#edit-instances", "2");
        robot.type(KeyCode.ENTER);
        Point2D replica = canvas.screenPointOf("db-replica").orElseThrow();
        robot.drag(replica, MouseButton.PRIMARY).dropTo(replica.add(0, 20));
        Topology edited = doc.topology();
        assertNotEquals(original, edited);
        assertEquals(2, node("db-replica").capacity().instances());

        robot.clickOn(canvas.screenPointOf("users").orElseThrow()); // focus on the canvas, not a text field
        for (int i = 0; i < 4; i++) {
            shortcut(robot, KeyCode.Z);
        }
        assertEquals(original, doc.topology(), "four undos restore the preset exactly");
        assertFalse(doc.isDirty());
        assertFalse(doc.canUndoProperty().get());

        for (int i = 0; i < 3; i++) {
            shortcut(robot, KeyCode.SHIFT, KeyCode.Z);
        }
        shortcut(robot, KeyCode.Y);
        assertEquals(edited, doc.topology(), "redo (Ctrl+Shift+Z, Ctrl+Y) restores the edited topology exactly");
    }

    @Test
    void anInvalidPropertyShowsItsErrorAndIsNotApplied(FxRobot robot) {
        robot.clickOn(canvas.screenPointOf("api").orElseThrow());

        typeInto(robot, "#edit-instances", "0");
        Label error = robot.lookup("#edit-instances-error").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertEquals("expected at least 1, got 0", error.getText());
        robot.type(KeyCode.ENTER);
        assertEquals(4, node("api").capacity().instances(), "not applied");
        assertFalse(doc.canUndoProperty().get());

        typeInto(robot, "#edit-ports", "8080, 70000");
        assertEquals("port 70000 is out of range; expected 1-65535",
                robot.lookup("#edit-ports-error").queryAs(Label.class).getText());
        typeInto(robot, "#edit-ports", "8080");
        assertFalse(robot.lookup("#edit-ports-error").queryAs(Label.class).isVisible());

        typeInto(robot, "#edit-instances", "6");
        assertFalse(error.isVisible());
        robot.type(KeyCode.ENTER);
        assertEquals(6, node("api").capacity().instances());
        assertEquals("Set instances of 'api' to 6", doc.undoLabelProperty().get());
    }

    @Test
    void ctrlClickSelectsSeveralAndOneDragMovesThemAsOneUndoStep(FxRobot robot) {
        Topology original = doc.topology();
        Position api = node("api").position();
        Position primary = node("db-primary").position();

        robot.clickOn(canvas.screenPointOf("api").orElseThrow());
        robot.press(KeyCode.CONTROL).clickOn(canvas.screenPointOf("db-primary").orElseThrow()).release(KeyCode.CONTROL);
        Point2D from = canvas.screenPointOf("api").orElseThrow();
        robot.drag(from, MouseButton.PRIMARY).dropTo(from.add(0, 30));
        WaitForAsyncUtils.waitForFxEvents();

        double dy = node("api").position().y() - api.y();
        assertTrue(dy > 0, "moved down");
        assertEquals(api.x(), node("api").position().x());
        assertEquals(primary.y() + dy, node("db-primary").position().y(), 1e-9, "moved by the same amount");
        assertEquals("prod-k8s", node("api").parent());
        assertEquals(node("lb").position(), original.node("lb").orElseThrow().position(), "unselected nodes stay");
        assertEquals("Move 2 nodes", doc.undoLabelProperty().get());

        robot.clickOn(canvas.screenPointOf("users").orElseThrow());
        shortcut(robot, KeyCode.Z);
        assertEquals(original, doc.topology(), "one undo step");
    }

    @Test
    void aClickedLinkIsDeletedWithTheDeleteKey(FxRobot robot) {
        // users (60, 220) -> lb (260, 220): the middle of the line between them.
        robot.clickOn(canvas.screenPoint(160 * TopologyLayout.SPREAD_X, 220 * TopologyLayout.SPREAD_Y));
        assertTrue(opened.window.lastEditNotice().startsWith("Link 'users' to 'lb' (http) selected"),
                opened.window.lastEditNotice());
        assertTrue(opened.window.selection().ids().isEmpty());

        robot.type(KeyCode.DELETE);

        assertFalse(doc.topology().links().contains(new Link("users", "lb", LinkType.HTTP)));
        assertEquals(doc.topology().nodes(), Presets.topology(org.devopssim.simulation.model.Mode.PRODUCTION).nodes(),
                "only the link went");
        assertEquals("Delete link 'users' to 'lb'", doc.undoLabelProperty().get());
    }

    @Test
    void duplicateCopyAndPasteMakeNewNodesWithTheirLinks(FxRobot robot) {
        robot.clickOn(canvas.screenPointOf("db-primary").orElseThrow());
        robot.press(KeyCode.CONTROL).clickOn(canvas.screenPointOf("db-replica").orElseThrow()).release(KeyCode.CONTROL);

        shortcut(robot, KeyCode.D);

        assertEquals("Duplicate 2 nodes", doc.undoLabelProperty().get());
        assertTrue(doc.topology().links().contains(new Link("db-primary-2", "db-replica-2", LinkType.REPLICATION)));
        assertEquals(java.util.Set.of("db-primary-2", "db-replica-2"), opened.window.selection().ids(), "the copies are selected");

        robot.clickOn(canvas.screenPointOf("api").orElseThrow());
        shortcut(robot, KeyCode.C);
        shortcut(robot, KeyCode.V);
        assertEquals("Paste 'api'", doc.undoLabelProperty().get());
        assertEquals(node("api").capacity(), node("api-2").capacity());
        assertEquals(java.util.Set.of("api-2"), opened.window.selection().ids());
    }

    @Test
    void aRubberBandSelectsTheCardsItTouches(FxRobot robot) {
        var layout = canvas.topologyLayout().orElseThrow();
        var primary = layout.box("db-primary").orElseThrow();
        var replica = layout.box("db-replica").orElseThrow();
        Point2D a = canvas.screenPoint(primary.x() - 20, primary.y() - 8);
        Point2D b = canvas.screenPoint(replica.maxX() - 10, replica.centerY());

        robot.drag(a, MouseButton.PRIMARY).dropTo(b);

        assertEquals(java.util.Set.of("db-primary", "db-replica"), opened.window.selection().ids());
    }
}
