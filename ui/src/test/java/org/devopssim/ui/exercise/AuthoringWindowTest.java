package org.devopssim.ui.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.devopssim.simulation.engine.Fault;
import org.devopssim.simulation.engine.TimedAction;
import org.devopssim.simulation.exercise.Exercise;
import org.devopssim.simulation.exercise.ExerciseReader;
import org.devopssim.simulation.exercise.Objective;
import org.devopssim.simulation.exercise.Setup;
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

/** Writing an exercise on the Production preset in the real window, headless: menu, tables, validation, save, read back. */
@ExtendWith(ApplicationExtension.class)
class AuthoringWindowTest {

    private SimulationSession session;
    private MainWindow window;
    private Classroom classroom;

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
                new ClassroomFixtures.Store(), ClassroomFixtures.profile("Ada")));
    }

    @AfterEach
    void stop() {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> classroom.close());
        window.stop();
        session.close();
    }

    /** Edits a cell as a user does: starts editing, types into the cell's field and presses Enter. */
    private static <R> void editCell(FxRobot robot, TableView<R> table, int row, int column, String text) {
        robot.interact(() -> table.edit(row, table.getColumns().get(column)));
        TextField field = robot.from(table).lookup(".text-field").queryAs(TextField.class);
        robot.interact(() -> {
            field.setText(text);
            field.fireEvent(new javafx.event.ActionEvent());
        });
    }

    @SuppressWarnings("unchecked")
    @Test
    void anIncidentAndAnObjectiveAddedToTheProductionTopologyAreSavedAndReadBack(FxRobot robot) throws Exception {
        robot.clickOn("Classroom");
        robot.clickOn("New Exercise from This Topology…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> classroom.lastAuthoring() != null
                && classroom.lastAuthoring().stage().isShowing());
        AuthoringWindow authoring = classroom.lastAuthoring();
        ListView<String> problems = robot.lookup("#authoring-problems").queryAs(ListView.class);
        assertTrue(problems.getItems().stream().anyMatch(p -> p.startsWith("objectives")),
                "a new exercise has no objective yet: " + problems.getItems());

        robot.interact(() -> robot.lookup("#authoring-add-incident").queryAs(Button.class).fire());
        robot.interact(() -> robot.lookup("#authoring-add-objective").queryAs(Button.class).fire());
        TableView<ExerciseDraft.Incident> incidents = robot.lookup("#authoring-incidents").queryAs(TableView.class);
        assertEquals(1, incidents.getItems().size());

        editCell(robot, incidents, 0, 0, "45m");
        assertTrue(problems.getItems().stream().anyMatch(p -> p.startsWith("Incident 1, at") && p.contains("time limit")),
                "an incident after the time limit is named: " + problems.getItems());
        AtomicBoolean saved = new AtomicBoolean(true);
        Path file = temp.resolve("api-crash.dsexercise");
        robot.interact(() -> saved.set(authoring.saveTo(file, () -> { })));
        assertFalse(saved.get(), "an invalid exercise is not saved");
        robot.interact(() -> robot.lookup("#authoring-cannot").queryAs(javafx.scene.control.DialogPane.class)
                .getScene().getWindow().hide());

        editCell(robot, incidents, 0, 0, "00:07:00");
        editCell(robot, incidents, 0, 3, "count=2");
        assertEquals(List.of(), problems.getItems());

        AtomicBoolean written = new AtomicBoolean();
        robot.interact(() -> saved.set(authoring.saveTo(file, () -> written.set(true))));
        assertTrue(saved.get());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, written::get);

        Exercise read = new ExerciseReader().read(file);
        assertEquals(List.of(new TimedAction(420, new Fault.InstanceCrash(null, 2))), read.timeline());
        assertEquals(List.of(new Objective.Availability(99.5)), read.objectives());
        assertEquals(new Setup.Inline(window.document().topology()), read.setup(), "the Production topology is embedded");
        assertNotNull(read.weights().get("availability"));
        assertEquals(authoring.draft().build().exercise(), read);
    }
}
