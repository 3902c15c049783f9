package org.devopssim.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.devopssim.simulation.help.Glossary;
import org.devopssim.simulation.help.GlossaryEntry;
import org.devopssim.simulation.model.Mode;
import org.devopssim.ui.help.GuidedTour;
import org.devopssim.ui.help.MemoryPreferences;
import org.devopssim.ui.help.TourMemory;
import org.devopssim.ui.session.SimulationSession;
import org.devopssim.ui.topology.TopologyCanvas;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The help of the window, driven like a student would, headless. */
@ExtendWith(ApplicationExtension.class)
class HelpFromTheWindowTest {

    private final Glossary glossary = Presets.glossary();
    private final TourMemory memory = new TourMemory(new MemoryPreferences());
    private WindowUnderTest opened;
    private SimulationSession session;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        opened = WindowUnderTest.open(stage, Presets.help(memory));
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

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).tryQueryAs(Label.class).map(Label::getText).orElse("");
    }

    private String shortText(String id) {
        return glossary.entry(id).orElseThrow().shortText();
    }

    @Test
    void theTourIsNotShownByItselfAndWalksItsStepsUntilSkipped(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.tour().runningProperty().get(), "tests never see the tour unless they ask");
        assertTrue(robot.lookup("#tour-title").tryQuery().filter(n -> n.isVisible() && n.getScene() != null
                && n.getScene().getWindow().isShowing()).isEmpty());

        robot.interact(() -> window.tour().start());
        var steps = GuidedTour.PRODUCTION;
        waitUntil("the first step shows", () -> steps.get(0).title().equals(text(robot, "#tour-title")));
        assertEquals("Step 1 of " + steps.size(), text(robot, "#tour-progress"));
        assertTrue(robot.lookup("#topology").query().getStyleClass().contains("tour-target"), "the topology is outlined");

        robot.clickOn("#tour-next");
        waitUntil("step 2", () -> steps.get(1).title().equals(text(robot, "#tour-title")));
        assertFalse(robot.lookup("#topology").query().getStyleClass().contains("tour-target"));
        robot.clickOn("#tour-back");
        waitUntil("back at step 1", () -> steps.get(0).title().equals(text(robot, "#tour-title")));
        for (int i = 1; i < steps.size(); i++) {
            robot.clickOn("#tour-next");
            String title = steps.get(i).title();
            waitUntil("step " + (i + 1), () -> title.equals(text(robot, "#tour-title")));
            if (steps.get(i).target().equals("#tab-alerts")) {
                TabPane tabs = robot.lookup("#bottom-tabs").queryAs(TabPane.class);
                assertEquals("tab-alerts", tabs.getSelectionModel().getSelectedItem().getId(), "the tour opens the Alerts tab");
            }
        }
        assertEquals("Finish", robot.lookup("#tour-next").queryAs(Button.class).getText());
        assertFalse(memory.seen(), "not remembered before it ends");

        robot.clickOn("#tour-skip");
        waitUntil("the tour is gone", () -> !window.tour().runningProperty().get());
        assertTrue(memory.seen(), "skipping remembers that the user has seen it");
        robot.interact(() -> assertFalse(window.tour().startIfNew(), "not offered again"));
    }

    @Test
    void theGlossarySearchFindsAnEntry(FxRobot robot) throws Exception {
        robot.press(KeyCode.F1).release(KeyCode.F1);
        waitUntil("the glossary opens", () -> robot.lookup("#glossary-filter").tryQuery().isPresent());
        robot.clickOn("#glossary-filter").write("burn rate");
        @SuppressWarnings("unchecked")
        ListView<GlossaryEntry> list = robot.lookup("#glossary-list").queryAs(ListView.class);
        waitUntil("burn rate is found first", () -> !list.getItems().isEmpty()
                && list.getItems().getFirst().id().equals("concept:burn-rate"));
        assertEquals("Burn rate", text(robot, "#glossary-title"));
        assertEquals(shortText("concept:burn-rate"), text(robot, "#glossary-short"));
        assertTrue(text(robot, "#glossary-long").contains("1 - SLO target"));

        robot.clickOn((javafx.scene.Node) robot.lookup("#glossary-filter").query()).eraseText("burn rate".length()).write("PostgresqlDown");
        waitUntil("the alert is found", () -> "Alert: PostgresqlDown".equals(text(robot, "#glossary-title")));
    }

    @Test
    void aTilesHelpShowsItsTextAndLeadsToTheGlossary(FxRobot robot) throws Exception {
        robot.clickOn("#help-tile-latency");
        waitUntil("the popover shows the short text", () -> shortText("metric:latency-p95").equals(text(robot, "#help-short")));
        assertEquals("Latency p95", text(robot, "#help-title"));

        robot.clickOn("#help-more");
        waitUntil("the glossary shows the entry", () -> "Latency p95".equals(text(robot, "#glossary-title")));
        assertTrue(text(robot, "#glossary-long").startsWith("p95 is the usual figure"));
    }

    @Test
    void theInspectorExplainsTheNodesKindAndFigures(FxRobot robot) throws Exception {
        TopologyCanvas canvas = robot.lookup("#topology").queryAs(TopologyCanvas.class);
        waitUntil("production is drawn", () -> canvas.screenPointOf("db-replica").isPresent());
        robot.clickOn(canvas.screenPointOf("db-replica").orElseThrow());
        waitUntil("the inspector shows the replica", () -> robot.lookup("#help-inspector-kind").tryQuery()
                .map(n -> n.isVisible()).orElse(false));

        robot.clickOn("#help-inspector-kind");
        waitUntil("PostgreSQL is explained", () -> shortText("kind:postgres").equals(text(robot, "#help-short")));
        robot.clickOn("#inspector-title"); // anywhere else closes the popover, which covers the figures
        waitUntil("the popover closes", () -> robot.lookup("#help-short").tryQuery().isEmpty());
        robot.clickOn("#help-inspector-live-error-rate");
        waitUntil("the error rate is explained", () -> shortText("metric:error-rate").equals(text(robot, "#help-short")));
        assertTrue(robot.lookup("#help-inspector-live-replication-lag").tryQuery().isPresent(), "replicas explain their lag");
    }

    @Test
    void anInjectedFaultInTheEventLogLinksToItsExplanation(FxRobot robot) throws Exception {
        robot.clickOn("Chaos");
        robot.clickOn("PostgreSQL primary crash…");
        waitUntil("the fault's form is open", () -> robot.lookup("#action-send").tryQuery().isPresent());
        robot.clickOn("#action-send");
        // One step applies the queued fault and then nothing moves: the row stays under the pointer.
        robot.clickOn("#step");
        robot.clickOn("#tab-events");
        waitUntil("the fault's event links to its entry", () -> robot.lookup(".event-explain")
                .queryAllAs(Hyperlink.class).stream().anyMatch(l -> l.getText().equals("Database primary crash")));
        WaitForAsyncUtils.waitForFxEvents();
        Hyperlink link = robot.lookup(".event-explain").queryAllAs(Hyperlink.class).stream()
                .filter(l -> l.getText().equals("Database primary crash")).findFirst().orElseThrow();
        robot.clickOn(link);
        waitUntil("the glossary explains the fault", () -> "Database primary crash".equals(text(robot, "#glossary-title")));
    }
}
