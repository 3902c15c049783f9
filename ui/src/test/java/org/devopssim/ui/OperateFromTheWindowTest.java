package org.devopssim.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.hansolo.tilesfx.Tile;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.devopssim.simulation.engine.Health;
import org.devopssim.simulation.model.Mode;
import org.devopssim.ui.model.AlertRow;
import org.devopssim.ui.session.SimulationSession;
import org.devopssim.ui.topology.TopologyCanvas;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Breaking and operating the system from the window, headless, against the real engine and alerting. */
@ExtendWith(ApplicationExtension.class)
class OperateFromTheWindowTest {

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

    private Point2D node(FxRobot robot, String id) throws TimeoutException {
        TopologyCanvas canvas = robot.lookup("#topology").queryAs(TopologyCanvas.class);
        waitUntil(id + " is drawn", () -> canvas.screenPointOf(id).isPresent());
        return canvas.screenPointOf(id).orElseThrow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFaultFromTheContextMenuTakesTheNodeDownAndRaisesAnAlert(FxRobot robot) throws Exception {
        robot.rightClickOn(node(robot, "db-primary"));
        robot.clickOn("Inject fault");
        robot.clickOn("PostgreSQL primary crash…");
        robot.lookup("#action-send").tryQuery().orElseThrow(() -> new AssertionError("the fault's form opens"));
        assertEquals("db-primary", robot.lookup("#action-target").queryTextInputControl().getText());
        robot.clickOn("#action-send");
        robot.clickOn("#speed-60x");
        robot.clickOn("#play");

        waitUntil("db-primary is down", () -> session.latest().node("db-primary").health() == Health.DOWN);
        robot.clickOn("#tab-alerts");
        TableView<AlertRow> alerts = robot.lookup("#alert-table").queryAs(TableView.class);
        // The engine keeps the crashed primary's instance count, so PostgresqlDown (instances < 1) stays
        // quiet; after the failover the old primary is a replica that cannot keep up, and that alerts.
        waitUntil("an alert on db-primary is listed", () -> alerts.getItems().stream()
                .anyMatch(a -> a.node().equals("db-primary")));
        waitUntil("it fires", () -> alerts.getItems().stream()
                .anyMatch(a -> a.node().equals("db-primary") && a.state().equals("firing")));
    }

    @Test
    void anActionTheEngineRefusesIsShownWithItsReason(FxRobot robot) throws Exception {
        robot.rightClickOn(node(robot, "api"));
        robot.clickOn("Roll back");
        Label event = robot.lookup("#status-event").queryAs(Label.class);
        waitUntil("the refusal is shown", () -> event.getText().contains("api"));
        assertTrue(session.events().all().stream().anyMatch(e -> e.kind().equals("action-refused")),
                "the runner logged the refusal");
    }

    @Test
    void theChartsTabShowsTheSelectedNodesSeries(FxRobot robot) throws Exception {
        robot.clickOn(node(robot, "api"));
        robot.clickOn("#speed-60x");
        robot.clickOn("#play");
        Label scope = robot.lookup("#chart-scope").queryAs(Label.class);
        waitUntil("the chart follows the selection", () -> scope.getText().startsWith("API"));
        XYPlot plot = robot.lookup(n -> n instanceof ChartViewer).queryAs(ChartViewer.class).getChart().getXYPlot();
        waitUntil("samples are drawn", () -> plot.getDatasetCount() > 0 && plot.getDataset(0).getItemCount(0) > 10);

        robot.clickOn("#chart-kind").clickOn("Latency p50 / p95 / p99");
        waitUntil("three latency lines", () -> plot.getDatasetCount() == 3 && plot.getDataset(2).getItemCount(0) > 0);
        assertEquals("Latency p99 (ms)", plot.getDataset(2).getSeriesKey(0));
    }

    @Test
    void aCommitFromThePipelineTabRunsItsStages(FxRobot robot) throws Exception {
        robot.clickOn("#tab-pipeline");
        robot.clickOn("#pipeline-change");
        robot.clickOn("#pipeline-commit");
        robot.clickOn("#speed-max");
        robot.clickOn("#play");
        try {
            waitUntil("the pipeline waits for approval", () -> robot.lookup(".stage-waiting").tryQuery().isPresent());
        } catch (TimeoutException e) {
            throw new AssertionError("at second " + session.latest().second() + ": " + session.latest().pipeline()
                    + " strip: " + robot.lookup(".pipeline-stage").queryAll().size(), e);
        }
        assertTrue(robot.lookup(".stage-passed").queryAll().size() >= 6, "build, tests, image, scan, deploy to development passed");
        robot.clickOn("#pipeline-approve");
        waitUntil("v2 is live", () -> robot.lookup(".stage-pending").tryQuery().isEmpty()
                && robot.lookup(".stage-running").tryQuery().isEmpty() && robot.lookup(".stage-waiting").tryQuery().isEmpty());
        waitUntil("DORA counts the deploy", () -> robot.lookup("#pipeline-dora").queryAs(Label.class).getText()
                .startsWith("DORA: 1 deploy"));
        Tile frequency = robot.lookup("#dora-frequency").queryAs(Tile.class);
        waitUntil("the frequency tile counts it", () -> frequency.getValue() > 0);
        assertEquals("1 deploy(s) so far", frequency.getText());
        assertTrue(frequency.getDescription().endsWith("(DORA 2023)"), frequency.getDescription());
        assertEquals("Elite (DORA 2023)", robot.lookup("#dora-lead-time").queryAs(Tile.class).getDescription(),
                "minutes from commit to production");
    }
}
