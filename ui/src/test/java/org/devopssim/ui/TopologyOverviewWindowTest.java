package org.devopssim.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Point2D;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.devopssim.simulation.engine.Fault;
import org.devopssim.simulation.engine.Health;
import org.devopssim.simulation.engine.NodeStatus;
import org.devopssim.simulation.engine.Speed;
import org.devopssim.simulation.model.Topology;
import org.devopssim.simulation.scenario.SyntheticTopology;
import org.devopssim.ui.session.SimulationSession;
import org.devopssim.ui.topology.Minimap;
import org.devopssim.ui.topology.TopologyCanvas;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The topology view's overview (minimap) and its pictures of past moments, in the real window. */
@ExtendWith(ApplicationExtension.class)
class TopologyOverviewWindowTest {

    private WindowUnderTest opened;
    private SimulationSession session;
    private TopologyCanvas canvas;

    @Start
    void start(Stage stage) {
        opened = WindowUnderTest.open(stage, Presets.help());
        session = opened.session;
    }

    @AfterEach
    void stop() {
        opened.close();
    }

    private TopologyCanvas canvas(FxRobot robot) {
        if (canvas == null) {
            canvas = robot.lookup("#topology").queryAs(TopologyCanvas.class);
        }
        return canvas;
    }

    private Health shownHealth(String nodeId) {
        return canvas.shownStatus(nodeId).map(NodeStatus::health).orElse(null);
    }

    @Test
    void aLargeTopologyZoomedInGetsAMinimapThatMovesTheView(FxRobot robot) throws Exception {
        Topology large = SyntheticTopology.generate(300, 4);
        session.load(large);
        TopologyCanvas c = canvas(robot);
        WindowUnderTest.waitUntil("the large topology is drawn", () -> c.topologyLayout()
                .map(l -> l.topology().nodes().size() == large.nodes().size()).orElse(false));
        Minimap minimap = c.minimap();
        robot.interact(c::fit);
        assertFalse(minimap.isVisible(), "fitted in view, the topology needs no overview");

        robot.interact(() -> {
            for (int i = 0; i < 6; i++) {
                c.zoomIn();
            }
        });
        WindowUnderTest.waitUntil("the minimap shows", minimap::isVisible);
        Point2D inMinimap = new Point2D(minimap.getWidth() * 0.15, minimap.getHeight() * 0.8);
        Point2D target = minimap.worldAt(inMinimap.getX(), inMinimap.getY());
        assertTrue(c.viewCentre().distance(target) > 100, "the view is elsewhere before the click");

        robot.clickOn(minimap.localToScreen(inMinimap));
        Point2D centre = c.viewCentre();
        // The robot clicks whole screen pixels (it may land a pixel off): one minimap pixel is this far in the world.
        double pixel = 1.5 * (minimap.worldAt(1, 0).getX() - minimap.worldAt(0, 0).getX());
        assertEquals(target.getX(), centre.getX(), pixel, "the view is centred where the minimap was clicked");
        assertEquals(target.getY(), centre.getY(), pixel);

        robot.clickOn("View").clickOn("#menu-minimap");
        assertFalse(minimap.isVisible(), "View > Minimap switches it off");
        robot.clickOn("View").clickOn("#menu-minimap");
        assertTrue(minimap.isVisible());
    }

    @Test
    void scrubbingBackShowsTheHealthBeforeTheFaultAndLiveShowsItAgain(FxRobot robot) throws Exception {
        TopologyCanvas c = canvas(robot);
        // Slow enough that the moment scrubbed to is still held second by second (not as its minute's worst).
        session.setSpeed(new Speed(60));
        session.play();
        WindowUnderTest.waitUntil("a minute is recorded", () -> session.metrics() != null
                && session.metrics().newestSecond() >= 60);
        WindowUnderTest.waitUntil("api is up", () -> shownHealth("api") == Health.UP);
        robot.clickOn(c.screenPointOf("api").orElseThrow());
        WindowUnderTest.waitUntil("the inspector shows api", () -> "up".equals(text(robot, "#inspector-health")));
        long before = session.metrics().newestSecond();
        session.submit(new Fault.RegionOutage("aws-us-east-1", 3600));
        WindowUnderTest.waitUntil("api is down on the canvas", () -> shownHealth("api") == Health.DOWN
                && session.metrics().newestSecond() > before + 30);

        Slider slider = robot.lookup("#time-slider").queryAs(Slider.class);
        robot.interact(() -> {
            // What a drag of the thumb does: the value changes while the slider says so.
            slider.setValueChanging(true);
            slider.setValue(before);
            slider.setValueChanging(false);
        });
        assertTrue(c.showsPast());
        assertEquals(Health.UP, shownHealth("api"), "the canvas shows the moment under the cursor");
        assertEquals("up", text(robot, "#inspector-health"), "so does the inspector");
        assertTrue(text(robot, "#inspector-figures-heading").startsWith("At T+"));

        // Fired rather than clicked: the outage's alert toasts pop up over the bottom right of the window.
        robot.interact(() -> robot.lookup("#back-to-live").queryAs(javafx.scene.control.Button.class).fire());
        WindowUnderTest.waitUntil("the canvas is live", () -> !c.showsPast());
        assertEquals(Health.DOWN, shownHealth("api"));
        WindowUnderTest.waitUntil("the inspector is live", () -> "down".equals(text(robot, "#inspector-health")));
        assertEquals("Live", text(robot, "#inspector-figures-heading"));
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).tryQueryAs(javafx.scene.control.Label.class).map(javafx.scene.control.Label::getText).orElse("");
    }
}
