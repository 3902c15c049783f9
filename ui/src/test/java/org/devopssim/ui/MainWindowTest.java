package org.devopssim.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.hansolo.tilesfx.Tile;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import org.devopssim.ui.model.SecurityModel;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.devopssim.simulation.model.Mode;
import org.devopssim.ui.session.SimulationSession;
import org.devopssim.ui.theme.Theme;
import org.devopssim.ui.topology.TopologyCanvas;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window driven like a user would, headless (Monocle), against the real simulation. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private WindowUnderTest opened;
    private SimulationSession session;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        opened = WindowUnderTest.open(stage, Presets.help());
        session = opened.session;
        window = opened.window;
    }

    @AfterEach
    void stop() {
        opened.close();
    }

    private static void waitUntil(String what, Supplier<Boolean> condition) throws TimeoutException {
        WindowUnderTest.waitUntil(what, condition);
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void playMovesTheClockAndTheRequestTile(FxRobot robot) throws Exception {
        waitUntil("the first snapshot is shown", () -> !text(robot, "#status-clock").isEmpty());
        String clock = text(robot, "#status-clock");
        Tile requests = robot.lookup("#tile-requests").queryAs(Tile.class);
        double before = requests.getValue();
        assertEquals("Paused", text(robot, "#status-state"));

        robot.clickOn("#speed-60x");
        robot.clickOn("#play");

        waitUntil("the clock moves", () -> !text(robot, "#status-clock").equals(clock));
        waitUntil("the request tile shows traffic", () -> requests.getValue() != before && requests.getValue() > 0);
        assertEquals("Running", text(robot, "#status-state"));
        assertEquals("Pause", robot.lookup("#play").queryButton().getText());
    }

    @Test
    void switchingModeShowsThatModesNodes(FxRobot robot) throws Exception {
        TopologyCanvas canvas = robot.lookup("#topology").queryAs(TopologyCanvas.class);
        waitUntil("production is drawn", () -> canvas.topologyLayout().flatMap(l -> l.box("db-replica")).isPresent());

        robot.clickOn("#mode-experimental");

        waitUntil("experimental is drawn", () -> canvas.topologyLayout().flatMap(l -> l.box("anycast")).isPresent());
        // The canvas shows the new document at once; the status bar follows the new run's first snapshot.
        waitUntil("the status bar names it", () -> text(robot, "#status-topology").startsWith("Experimental"));
        var layout = canvas.topologyLayout().orElseThrow();
        assertTrue(layout.box("pg-5").isPresent());
        javafx.geometry.Bounds view = canvas.localToScreen(canvas.getLayoutBounds());
        for (String id : List.of("anycast", "pg-5", "azure-westeurope", "users-gcp")) {
            Point2D at = canvas.screenPointOf(id).orElseThrow();
            assertTrue(view.contains(at), id + " at " + at + " is in view " + view + ": a new preset is fitted");
        }
        assertTrue(layout.box("azure-westeurope").isPresent(), "regions are drawn as containers");
        assertFalse(layout.box("db-replica").isPresent(), "production's nodes are gone");
        assertTrue(robot.lookup("#mode-experimental").queryAs(ToggleButton.class).isSelected());
        assertFalse(robot.lookup("#mode-production").queryAs(ToggleButton.class).isSelected());
        robot.clickOn("#tab-security");
        @SuppressWarnings("unchecked")
        TableView<SecurityModel.Row> findings = robot.lookup("#security-table").queryAs(TableView.class);
        assertTrue(findings.getItems().isEmpty(), "experimental's posture is clean");

        robot.clickOn("#mode-development");
        waitUntil("the security tab audits development", () -> findings.getItems().stream()
                .anyMatch(r -> r.finding().check().equals("db-encryption") && "db".equals(r.finding().nodeId())));
        TabPane tabs = robot.lookup("#bottom-tabs").queryAs(TabPane.class);
        assertEquals("Security (3 to fix)", tabs.getTabs().stream().filter(t -> "tab-security".equals(t.getId()))
                .findFirst().orElseThrow().getText());
    }

    @Test
    void clickingANodeShowsItInTheInspector(FxRobot robot) throws Exception {
        TopologyCanvas canvas = robot.lookup("#topology").queryAs(TopologyCanvas.class);
        waitUntil("production is drawn", () -> canvas.screenPointOf("db-primary").isPresent());
        Point2D primary = canvas.screenPointOf("db-primary").orElseThrow();

        robot.clickOn(primary);

        waitUntil("the inspector shows it", () -> "PostgreSQL 14 primary".equals(text(robot, "#inspector-title")));
        assertEquals("primary", text(robot, "#inspector-role"));
        assertEquals("daily", text(robot, "#inspector-backup"));
        assertTrue(text(robot, "#inspector-request-rate").endsWith("req/s"));
    }

    @Test
    void ctrlFFindsANodeAndGoesToIt(FxRobot robot) throws Exception {
        TopologyCanvas canvas = robot.lookup("#topology").queryAs(TopologyCanvas.class);
        waitUntil("production is drawn", () -> canvas.screenPointOf("db-replica").isPresent());
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        waitUntil("the find dialog is open", () -> robot.lookup("#find-node-field").tryQuery().isPresent());
        robot.clickOn("#find-node-field").write("replica");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);

        waitUntil("the replica is selected", () -> "db-replica".equals(opened.window.selection().getNodeId()));
        waitUntil("the inspector shows it", () -> text(robot, "#inspector-title").contains("replica"));
        javafx.geometry.Bounds view = canvas.localToScreen(canvas.getLayoutBounds());
        Point2D at = canvas.screenPointOf("db-replica").orElseThrow();
        assertEquals(view.getCenterX(), at.getX(), 1, "brought to the middle of the view");
        assertEquals(view.getCenterY(), at.getY(), 1);
    }

    @Test
    void spaceAndPlusDriveTheRunFromTheKeyboard(FxRobot robot) throws Exception {
        waitUntil("the first snapshot is shown", () -> "Paused".equals(text(robot, "#status-state")));
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        waitUntil("running", () -> "Running".equals(text(robot, "#status-state")));
        robot.press(KeyCode.EQUALS).release(KeyCode.EQUALS);
        waitUntil("10x", () -> "Speed 10x".equals(text(robot, "#status-speed")));
        assertTrue(robot.lookup("#speed-10x").queryAs(ToggleButton.class).isSelected());
        robot.press(KeyCode.MINUS).release(KeyCode.MINUS);
        waitUntil("1x", () -> "Speed 1x".equals(text(robot, "#status-speed")));
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        waitUntil("paused", () -> "Paused".equals(text(robot, "#status-state")));
    }

    @Test
    void theThemeSwitchesTheStylesheet(FxRobot robot) {
        assertTrue(window.scene().getStylesheets().stream().anyMatch(s -> s.endsWith("dark.css")));
        robot.interact(() -> window.themes().themeProperty().set(Theme.LIGHT));
        assertTrue(window.scene().getStylesheets().stream().anyMatch(s -> s.endsWith("light.css")));
        assertFalse(window.scene().getStylesheets().stream().anyMatch(s -> s.endsWith("dark.css")));
    }
}
