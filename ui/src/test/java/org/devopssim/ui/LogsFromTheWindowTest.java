package org.devopssim.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.devopssim.simulation.engine.Fault;
import org.devopssim.simulation.engine.Feature;
import org.devopssim.ui.model.LogViewModel;
import org.devopssim.ui.session.SimulationSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Logs tab and the Experimental menu, headless, on the Experimental preset. */
@ExtendWith(ApplicationExtension.class)
class LogsFromTheWindowTest {

    private WindowUnderTest opened;
    private SimulationSession session;

    @Start
    void start(Stage stage) {
        opened = WindowUnderTest.open(stage, Presets.help());
        session = opened.session;
    }

    @AfterEach
    void stop() {
        opened.close();
    }

    private static void waitUntil(String what, Supplier<Boolean> condition) throws TimeoutException {
        WindowUnderTest.waitUntil(what, condition);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFaultShowsUpAsHighlightedLinesAndAnAiLogAlertAndTheAnalysisCanBeSwitchedOff(FxRobot robot) throws Exception {
        robot.clickOn("#mode-experimental");
        waitUntil("the Experimental preset is loaded", () -> session.latest().topology().name().equals("Experimental"));
        robot.clickOn("#tab-logs");
        robot.clickOn("#speed-max");
        robot.clickOn("#play");
        TableView<LogViewModel.Row> table = robot.lookup("#log-table").queryAs(TableView.class);
        Label status = robot.lookup("#logs-status").queryAs(Label.class);
        waitUntil("past the analysis' warm-up", () -> session.latest().second() > 700);
        robot.clickOn("#play");
        assertTrue(status.getText().startsWith("AI log analysis (unstable)"), status.getText());
        assertFalse(table.getItems().isEmpty());

        session.submit(new Fault.RedisDown("redis-aws", 600));
        robot.clickOn("#step").clickOn("#step").clickOn("#step");
        Label alerts = robot.lookup("#logs-alerts").queryAs(Label.class);
        waitUntil("an AI log alert is shown", () -> alerts.isVisible() && alerts.getText().contains("new log pattern"));
        waitUntil("its lines are highlighted", () -> robot.lookup(".table-row-cell:ai-alert").tryQuery().isPresent());

        robot.clickOn("#menu-experimental").clickOn("#feature-ai-log-analysis");
        robot.clickOn("#step");
        waitUntil("the run switched the analysis off", () -> session.disabledFeatures().contains(Feature.AI_LOG_ANALYSIS));
        robot.clickOn("#step");
        waitUntil("the tab says so", () -> status.getText().startsWith("AI log analysis is switched off"));
        waitUntil("its alerts are gone", () -> !alerts.isVisible());
    }
}
