package org.devopssim.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Tooltips made on the first hover show then, with the latest text; screen readers have the text before. */
@ExtendWith(ApplicationExtension.class)
class TipsTest {

    private Button button;
    private Region box;

    @Start
    void start(Stage stage) {
        button = new Button("Reset");
        box = new Region();
        button.setId("button");
        box.setId("box");
        box.setPrefSize(80, 40);
        Tips.set(button, "Start over");
        Tips.install(box, "A box", Duration.millis(100));
        HBox root = new HBox(40, button, box);
        root.setAlignment(Pos.CENTER);
        stage.setScene(new Scene(root, 400, 200));
        stage.show();
    }

    @Test
    void theTooltipIsMadeWhenThePointerFirstEntersAndThenShows(FxRobot robot) throws Exception {
        assertNull(button.getTooltip(), "no popup window made before a hover");
        assertEquals("Start over", button.getAccessibleHelp());
        robot.interact(() -> Tips.set(button, "Start this topology over"));

        robot.moveTo("#button");
        Tooltip tooltip = button.getTooltip();
        assertEquals("Start this topology over", tooltip.getText());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, tooltip::isShowing);

        robot.interact(() -> Tips.set(button, "Start again"));
        assertEquals("Start again", tooltip.getText(), "a made tooltip takes the new text");
        assertEquals("Start again", button.getAccessibleHelp());
    }

    @Test
    void aNodeThatIsNotAControlGetsItsTooltipInstalledOnTheFirstHoverWithItsDelay(FxRobot robot) throws Exception {
        robot.interact(() -> Tips.install(box, "The box"));
        assertEquals("The box", Tips.text(box));
        robot.moveTo("#box");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shown(robot).isPresent());
        Tooltip tooltip = shown(robot).orElseThrow();
        assertEquals("The box", tooltip.getText());
        assertEquals(Duration.millis(100), tooltip.getShowDelay());
    }

    private static java.util.Optional<Tooltip> shown(FxRobot robot) {
        return robot.listWindows().stream().filter(w -> w instanceof Tooltip t && t.isShowing()).map(w -> (Tooltip) w).findFirst();
    }
}
