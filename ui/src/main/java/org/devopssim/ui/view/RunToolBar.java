package org.devopssim.ui.view;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.controlsfx.control.SegmentedButton;
import org.devopssim.simulation.engine.Speed;
import org.devopssim.simulation.model.Mode;
import org.devopssim.ui.model.RunControlsModel;

/**
 * Mode switch, run controls and speed. Nothing here takes keyboard focus, so Space and +/-
 * always reach the window's shortcuts instead of pressing whichever button was clicked last.
 */
final class RunToolBar extends ToolBar {

    private static final Map<Mode, String> MODE_HINTS = Map.of(
            Mode.PRODUCTION, "Load the Production preset: Kubernetes, autoscaled API on 8080, PostgreSQL primary + replica",
            Mode.DEVELOPMENT, "Load the Development preset: Docker Compose on a laptop, hot reload on 3000, debugger on 9229",
            Mode.EXPERIMENTAL, "Load the Experimental preset: four clouds, anycast balancing, 5-node multi-master PostgreSQL, Kafka");

    private final RunControlsModel model;
    private final Map<Mode, ToggleButton> modeButtons = new EnumMap<>(Mode.class);
    private final Map<Speed, ToggleButton> speedButtons = new LinkedHashMap<>();

    RunToolBar(RunControlsModel model, Runnable fitTopology) {
        this.model = model;
        setId("run-toolbar");

        SegmentedButton modes = new SegmentedButton();
        for (Mode m : Mode.values()) {
            ToggleButton b = new ToggleButton(m.label());
            b.setId("mode-" + m.name().toLowerCase());
            Tips.set(b, MODE_HINTS.get(m));
            b.setOnAction(e -> {
                model.switchMode(m);
                select(modeButtons, model.getMode());
            });
            modeButtons.put(m, b);
            modes.getButtons().add(b);
        }

        Button play = new Button("Play", Icons.play());
        play.setId("play");
        Tips.set(play, "Run or pause the simulation (Space)");
        play.setOnAction(e -> model.togglePlay());
        play.setMinWidth(Region.USE_PREF_SIZE);
        model.runningProperty().addListener((obs, o, running) -> showRunning(play, running));
        showRunning(play, model.isRunning());

        Button step = new Button("Step", Icons.step());
        step.setId("step");
        Tips.set(step, "Advance one simulated second (pauses first)");
        step.setOnAction(e -> model.step());

        SegmentedButton speeds = new SegmentedButton();
        for (Speed s : Speed.STEPS) {
            ToggleButton b = new ToggleButton(s.label());
            b.setId("speed-" + s.label());
            Tips.set(b, s.isMax()
                    ? "Run as fast as the machine can (+ / - to change speed)"
                    : "Run " + s.label() + " real time: one real second is " + (long) s.multiplier()
                      + " simulated seconds (+ / - to change speed)");
            b.setOnAction(e -> {
                model.chooseSpeed(s);
                select(speedButtons, model.getSpeed());
            });
            speedButtons.put(s, b);
            speeds.getButtons().add(b);
        }

        Button reset = new Button("Reset", Icons.reset());
        reset.setId("reset");
        Tips.set(reset, "Start this topology over from second zero (Ctrl+R)");
        reset.setOnAction(e -> model.reset());

        Button fit = new Button("Fit", Icons.fit());
        fit.setId("fit");
        Tips.set(fit, "Show the whole topology (F)");
        fit.setOnAction(e -> fitTopology.run());

        Label speedLabel = new Label("Speed");
        speedLabel.getStyleClass().add("toolbar-label");
        Label modeLabel = new Label("Mode");
        modeLabel.getStyleClass().add("toolbar-label");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        getItems().addAll(modeLabel, modes, new Separator(), play, step, reset, new Separator(), speedLabel, speeds,
                spacer, fit);
        getItems().forEach(n -> n.setFocusTraversable(false));
        modeButtons.values().forEach(b -> b.setFocusTraversable(false));
        speedButtons.values().forEach(b -> b.setFocusTraversable(false));

        model.modeProperty().addListener((obs, o, m) -> select(modeButtons, m));
        model.speedProperty().addListener((obs, o, s) -> select(speedButtons, s));
        select(modeButtons, model.getMode());
        select(speedButtons, model.getSpeed());
    }

    /** The model is the truth: a click on the selected segment must not leave none selected. */
    private static <K> void select(Map<K, ToggleButton> buttons, K key) {
        buttons.forEach((k, b) -> b.setSelected(k.equals(key)));
    }

    private static void showRunning(Button play, boolean running) {
        play.setText(running ? "Pause" : "Play");
        play.setGraphic(running ? Icons.pause() : Icons.play());
        play.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("running"), running);
    }
}
