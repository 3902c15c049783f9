package org.devopssim.ui.exercise;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.devopssim.simulation.engine.Action;
import org.devopssim.simulation.engine.Speed;
import org.devopssim.simulation.exercise.Attempt;
import org.devopssim.simulation.exercise.ExerciseRun;
import org.devopssim.simulation.exercise.GradeReport;
import org.devopssim.simulation.exercise.Outcome;
import org.devopssim.simulation.model.Mode;
import org.devopssim.ui.MainWindow;
import org.devopssim.ui.Presets;
import org.devopssim.ui.session.SimulationSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A drill played in the real window, headless: chooser, briefing, live checklist, debrief, export, history. */
@ExtendWith(ApplicationExtension.class)
class ExerciseWindowTest {

    private static final String DRILL = "db-primary-failover";

    private SimulationSession session;
    private MainWindow window;
    private Classroom classroom;
    private final ClassroomFixtures.Store store = new ClassroomFixtures.Store();

    @TempDir
    Path temp;

    @Start
    void start(Stage stage) {
        session = Presets.session(Mode.PRODUCTION);
        window = new MainWindow(session, stage::close, Presets.help());
        stage.setScene(window.scene());
        stage.setWidth(1260);
        stage.setHeight(780);
        stage.show();
        window.start();
        classroom = window.enableClassroom(new Classroom.Services(new ClassroomFixtures.Shelf(), ClassroomFixtures.runs(),
                store, ClassroomFixtures.profile("Ada")));
    }

    @AfterEach
    void stop() {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> classroom.close());
        window.stop();
        session.close();
    }

    private static void waitUntil(String what, long seconds, Supplier<Boolean> condition) throws TimeoutException {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> condition.get());
        } catch (TimeoutException e) {
            throw new TimeoutException("timed out waiting until " + what);
        }
    }

    /** Found, visible and in a window on screen (a dialog that is still opening does not count). */
    private static boolean shown(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> n.isVisible() && n.getScene() != null
                && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing()
                && n.getLayoutBounds().getWidth() > 0).orElse(false);
    }

    /** Presses a dialog's button (Monocle may place a dialog partly off its small screen, out of the robot's reach). */
    private static void press(FxRobot robot, String query) {
        javafx.scene.control.Button b = robot.lookup(query).queryAs(javafx.scene.control.Button.class);
        robot.interact(b::fire);
    }

    private ExerciseRun.Progress progress() {
        return classroom.mode().progressProperty().get();
    }

    private Outcome shownOutcome(FxRobot robot, String objective) {
        return robot.lookup("#objective-" + objective).queryAs(HBox.class).getProperties().get("outcome") instanceof Outcome o ? o : null;
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDrillFromTheChooserRunsWithALiveChecklistAndEndsInADebriefWithTheReplayedScore(FxRobot robot) throws Exception {
        robot.clickOn("File");
        robot.clickOn("Open Exercise…");
        waitUntil("the chooser lists the drills", 20, () -> shown(robot, "#drill-list"));
        ListView<Drill> drills = robot.lookup("#drill-list").queryAs(ListView.class);
        assertEquals(9, drills.getItems().size(), "the nine built-in drills");
        robot.interact(() -> drills.getSelectionModel().select(
                drills.getItems().stream().filter(d -> d.id().equals(DRILL)).findFirst().orElseThrow()));
        press(robot, "#drill-open");

        waitUntil("the briefing shows", 20, () -> shown(robot, "#briefing-start"));
        String briefing = robot.lookup("#briefing").queryAs(DialogPane.class).getContent() instanceof TextArea t ? t.getText() : "";
        assertTrue(briefing.contains("Time limit: 00:50:00"), briefing);
        assertTrue(briefing.contains("Allowed actions: clear-fault, failover, restore-backup, scale"), briefing);
        assertTrue(robot.lookup("#exercise-panel").tryQuery().isPresent(), "the exercise panel is beside the system");
        press(robot, "#briefing-start");
        robot.interact(() -> session.setSpeed(new Speed(60)));

        waitUntil("two minutes have run", 30, () -> progress() != null && progress().second() >= 120);
        session.pause();
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS); // a poll after the pause
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(progress().second() < 600, "paused before the crash at 10:00: " + progress().second());
        assertEquals(Outcome.MET, shownOutcome(robot, "availability"), "before the crash every request succeeds");
        assertEquals("Complete: 100%", robot.lookup("#exercise-complete").queryAs(Label.class).getText());
        robot.interact(() -> session.setSpeed(new Speed(600)));
        session.play();

        waitUntil("the primary has crashed", 30, () -> progress().second() >= 600);
        session.submit(new Action.Rollback("api")); // not allowed in this drill
        session.submit(new Action.Scale("api", 5));
        waitUntil("the checklist shows the outage", 30, () -> shownOutcome(robot, "availability") != Outcome.MET);
        ListView<String> actions = robot.lookup("#exercise-actions").queryAs(ListView.class);
        waitUntil("the refused action is listed with its reason", 20, () -> actions.getItems().stream()
                .anyMatch(a -> a.contains("REFUSED rollback api: not allowed in this exercise; allowed: [clear-fault")));
        waitUntil("the allowed one is applied", 20, () -> actions.getItems().stream()
                .anyMatch(a -> a.endsWith("  scale api instances=5") && !a.contains("applies when")));

        waitUntil("the time limit is reached and the debrief shows", 60, () -> classroom.lastDebrief() != null
                && robot.lookup("#debrief-score").tryQuery().isPresent());
        ExerciseRun.Progress end = progress();
        assertTrue(end.finished());
        Label score = robot.lookup("#debrief-score").queryAs(Label.class);
        int shown = (int) score.getProperties().get("score");
        GradeReport replay = ClassroomFixtures.GRADER.grade(ClassroomFixtures.drill(DRILL).exercise(),
                Attempt.of(end.actions()), List.of());
        assertEquals(replay.score(), shown, "the debrief's score is the replay's");
        assertEquals(end.score(), shown, "and the live checklist's at the time limit");
        assertEquals(List.of("rollback", "scale"), end.actions().stream().map(a -> a.action().actionName()).toList());
        TableView<?> breakdown = robot.lookup("#debrief-breakdown").queryAs(TableView.class);
        assertEquals(3, breakdown.getItems().size());
        assertEquals(GradeReport.doraText(replay.dora()), robot.lookup("#debrief-dora").queryAs(Label.class).getText(),
                "the run's DORA figures beside the score");
        assertTrue(robot.lookup("#debrief-expert").queryAs(TextArea.class).getText().contains("00:10:15  failover db-replica"));

        waitUntil("the attempt is stored", 20, () -> store.size() == 1);
        assertEquals(shown, store.recorded.getFirst().report().score());
        assertEquals("Ada", store.recorded.getFirst().profile());

        Path html = temp.resolve("debrief.html");
        robot.interact(() -> classroom.lastDebrief().exportTo(html));
        waitUntil("the report is written", 20, () -> Files.exists(html));
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(page.contains("<p class=\"score\">" + shown + " / 100</p>"));
        assertTrue(page.contains("What an expert would have done"));
        assertTrue(page.contains("<h2>Delivery (DORA)</h2>\n<p>" + GradeReport.doraText(replay.dora())), "DORA in the export");
        Matcher png = Pattern.compile("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"").matcher(page);
        assertTrue(png.find(), "the chart is embedded");
        byte[] image = Base64.getDecoder().decode(png.group(1));
        assertArrayEquals(new byte[]{(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(image, 4));
        assertTrue(image.length > 10_000, "a real chart, not an empty image: " + image.length + " bytes");
        assertFalse(page.contains("src=\"http"), "nothing is fetched from elsewhere");
    }

    @Test
    @SuppressWarnings("unchecked")
    void finishingEarlyGradesTheWholeTimeLimitAndTheRunHistoryReopensIt(FxRobot robot) throws Exception {
        robot.interact(() -> classroom.play(ClassroomFixtures.drill(DRILL)));
        waitUntil("the briefing shows", 20, () -> shown(robot, "#briefing-start"));
        press(robot, "#briefing-start");
        robot.interact(() -> session.setSpeed(new Speed(60)));
        waitUntil("a minute has run", 30, () -> progress() != null && progress().second() >= 60);
        session.submit(new Action.Scale("api", 4));
        waitUntil("the action is listed", 20, () -> progress().actions().size() == 1);
        robot.clickOn("#exercise-finish");

        waitUntil("the debrief shows", 60, () -> classroom.lastDebrief() != null
                && robot.lookup("#debrief-score").tryQuery().isPresent());
        int shown = (int) robot.lookup("#debrief-score").queryAs(Label.class).getProperties().get("score");
        List<org.devopssim.simulation.engine.TimedAction> log = progress().actions();
        assertTrue(progress().second() < 3000, "finished before the time limit");
        GradeReport replay = ClassroomFixtures.GRADER.grade(ClassroomFixtures.drill(DRILL).exercise(), Attempt.of(log), List.of());
        assertEquals(replay.score(), shown);
        assertEquals(3000, replay.seconds());
        waitUntil("the attempt is stored", 20, () -> store.size() == 1);
        DebriefWindow first = classroom.lastDebrief();
        robot.interact(() -> first.stage().close()); // it covers the menu bar

        robot.clickOn("Classroom");
        robot.clickOn("Run History…");
        waitUntil("the history lists the attempt", 20, () -> robot.lookup("#results-table").tryQuery()
                .map(t -> ((TableView<?>) t).getItems().size() == 1).orElse(false));
        TableView<AttemptStore.Summary> table = robot.lookup("#results-table").queryAs(TableView.class);
        assertEquals(shown, table.getItems().getFirst().score());
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#results-open");
        waitUntil("the attempt reopens", 30, () -> classroom.lastDebrief() != first
                && classroom.lastDebrief().stage().getScene().lookup("#debrief-score") != null);
        assertEquals(shown, (int) classroom.lastDebrief().stage().getScene().lookup("#debrief-score").getProperties().get("score"));

        DebriefWindow second = classroom.lastDebrief();
        robot.interact(() -> second.stage().close());
        robot.doubleClickOn(robot.lookup("#results-table .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        waitUntil("a double click reopens it too", 30, () -> classroom.lastDebrief() != second);
    }

    @Test
    void aBrokenDrillFileIsRefusedWithWhatAndWhere(FxRobot robot) throws Exception {
        String json = new String(ClassroomFixtures.bundled("exercises/" + DRILL + ".json"), StandardCharsets.UTF_8)
                .replace("\"timeLimit\": \"50m\"", "\"timeLimit\": \"forever\"");
        Path file = temp.resolve("broken-drill.json");
        Files.writeString(file, json);
        robot.interact(() -> classroom.openFile(file));
        waitUntil("the error shows", 20, () -> shown(robot, "#classroom-error"));
        DialogPane error = robot.lookup("#classroom-error").queryAs(DialogPane.class);
        assertEquals("Cannot use " + file, error.getHeaderText());
        String problems = ((TextArea) error.getContent()).getText();
        assertTrue(problems.contains("$.timeLimit"), problems);
        assertNotNull(session.latest());
        assertEquals(ExerciseMode.State.NONE, classroom.mode().stateProperty().get(), "nothing was loaded");
    }
}
