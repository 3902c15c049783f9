package org.devopssim.ui.view;

import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.devopssim.ui.format.Figures;
import org.devopssim.ui.model.TimeTravelModel;

/**
 * A slider over the run's recorded seconds: it sits at "now" while live; dragging it back pauses
 * the run and shows that moment in the tiles and charts until "Back to live".
 */
final class TimeTravelBar extends HBox {

    private static final PseudoClass TRAVELLING = PseudoClass.getPseudoClass("travelling");

    TimeTravelBar(TimeTravelModel model) {
        setId("time-travel");
        getStyleClass().add("time-travel");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        setPadding(new Insets(2, 8, 2, 10));
        Label title = new Label("History");
        title.getStyleClass().add("muted");
        Slider slider = new Slider();
        slider.setId("time-slider");
        slider.setFocusTraversable(false);
        slider.minProperty().bind(model.oldestProperty());
        slider.maxProperty().bind(model.newestProperty());
        Tips.set(slider, "Drag back to see an earlier moment of the run (pauses it)");
        HBox.setHgrow(slider, Priority.ALWAYS);
        model.cursorProperty().addListener((obs, o, n) -> {
            if (!slider.isValueChanging()) {
                slider.setValue(n.doubleValue());
            }
        });
        slider.valueProperty().addListener((obs, o, n) -> {
            // Only the user's drag travels; the model moving the thumb (live, or a new run) does not.
            if (slider.isValueChanging() || slider.isPressed()) {
                model.travelTo(Math.round(n.doubleValue()));
            }
        });
        Label moment = new Label();
        moment.setId("time-moment");
        moment.setMinWidth(150);
        moment.textProperty().bind(Bindings.createStringBinding(() -> model.isTravelling()
                        ? "Viewing " + Figures.elapsed(model.cursorProperty().get()) + " of " + Figures.elapsed(model.newestProperty().get())
                        : "Live · " + Figures.elapsed(model.newestProperty().get()) + " recorded",
                model.travellingProperty(), model.cursorProperty(), model.newestProperty()));
        Button live = new Button("Back to live");
        live.setId("back-to-live");
        live.disableProperty().bind(model.travellingProperty().not());
        live.setOnAction(e -> model.backToLive());
        model.travellingProperty().addListener((obs, o, t) -> pseudoClassStateChanged(TRAVELLING, t));
        getChildren().addAll(title, slider, moment, live);
    }
}
