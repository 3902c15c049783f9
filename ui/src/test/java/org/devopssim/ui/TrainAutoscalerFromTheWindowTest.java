package org.devopssim.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.devopssim.ui.session.AutoscalerTrainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Simulation > Train RL Autoscaler…: progress, cancel, and putting a service on the trained policy. */
@ExtendWith(ApplicationExtension.class)
class TrainAutoscalerFromTheWindowTest {

    private WindowUnderTest opened;
    private final AtomicInteger trainings = new AtomicInteger();

    /** Half way, then waits: finishes on the first call only when not cancelled within a moment, forever on the second. */
    private final AutoscalerTrainer trainer = (topology, days, progress, cancelled) -> {
        int call = trainings.incrementAndGet();
        progress.accept(0.5);
        long until = System.nanoTime() + (call == 1 ? 300_000_000L : Long.MAX_VALUE / 2);
        while (System.nanoTime() < until) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
            Thread.onSpinWait();
        }
        return "test policy on " + topology.name() + ", " + days + " day(s).";
    };

    @Start
    void start(Stage stage) {
        opened = WindowUnderTest.open(stage, Presets.help());
        opened.window.offerAutoscalerTraining(trainer);
    }

    @AfterEach
    void stop() {
        opened.close();
    }

    @Test
    void trainThenPutTheApiOnTheLearnedPolicyThenCancelASecondTraining(FxRobot robot) throws Exception {
        robot.clickOn("Simulation");
        robot.clickOn("#menu-train-rl");
        Label status = robot.lookup("#rl-status").queryAs(Label.class);
        robot.clickOn("#rl-train");
        WindowUnderTest.waitUntil("training finishes", () -> status.getText().startsWith("Installed"));
        assertTrue(status.getText().contains("test policy on Production, 5 day(s)."), status.getText());
        assertEquals(1.0, robot.lookup("#rl-progress").queryAs(ProgressBar.class).getProgress(), 1e-9);

        robot.clickOn("#rl-apply");
        robot.clickOn("#play");
        WindowUnderTest.waitUntil("the api is on the rl policy", () -> opened.session.events().all().stream()
                .anyMatch(e -> e.kind().equals("policy-changed") && e.message().contains("api: autoscaling rl")));

        robot.clickOn("#rl-train");
        WindowUnderTest.waitUntil("half way", () -> robot.lookup("#rl-progress").queryAs(ProgressBar.class).getProgress() == 0.5);
        robot.clickOn("#rl-cancel");
        WindowUnderTest.waitUntil("cancelled", () -> status.getText().startsWith("Cancelled"));
        assertEquals(2, trainings.get());
    }
}
