package org.devopssim.ui.view;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.geometry.Orientation;
import org.devopssim.simulation.events.Severity;
import org.devopssim.ui.model.StatusModel;

/** The bottom line: run state, simulated clock, elapsed time, speed, topology, latest event. */
final class StatusBar extends HBox {

    StatusBar(StatusModel model) {
        setId("status-bar");
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        Label state = label("status-state", model.stateProperty(), "Whether simulated time is running");
        state.textProperty().addListener((obs, o, t) ->
                state.pseudoClassStateChanged(PseudoClass.getPseudoClass("running"), "Running".equals(t)));
        Label clock = label("status-clock", model.clockProperty(), "Simulated calendar time (UTC)");
        Label elapsed = label("status-elapsed", model.elapsedProperty(), "Simulated time since the run started");
        Label speed = label("status-speed", model.speedProperty(), "Simulated seconds per real second");
        Label topology = label("status-topology", model.topologyProperty(), "The loaded topology");
        Label event = label("status-event", model.lastEventProperty(), "The latest event of the run");
        event.setMaxWidth(Double.MAX_VALUE);
        event.setMinWidth(0);
        HBox.setHgrow(event, Priority.ALWAYS);
        event.setAlignment(Pos.CENTER_RIGHT);
        model.lastEventSeverityProperty().addListener((obs, o, sev) -> {
            event.pseudoClassStateChanged(PseudoClass.getPseudoClass("warning"), sev == Severity.WARNING);
            event.pseudoClassStateChanged(PseudoClass.getPseudoClass("critical"), sev == Severity.CRITICAL);
        });
        getChildren().addAll(state, bar(), clock, bar(), elapsed, bar(), speed, bar(), topology, event);
    }

    private static Label label(String id, javafx.beans.value.ObservableValue<String> text, String tip) {
        Label l = new Label();
        l.setId(id);
        l.textProperty().bind(text);
        Tips.set(l, tip);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static Separator bar() {
        return new Separator(Orientation.VERTICAL);
    }
}
