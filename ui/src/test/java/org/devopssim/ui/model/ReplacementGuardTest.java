package org.devopssim.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.devopssim.simulation.model.Mode;
import org.junit.jupiter.api.Test;

/** A preset switch waits for the unsaved-changes answer: loaded after it, never after Cancel. */
class ReplacementGuardTest {

    @Test
    void theSwitchHappensOnlyWhenTheGuardLetsItGo() {
        RunControlsModelTest.Recorder control = new RunControlsModelTest.Recorder();
        RunControlsModel model = new RunControlsModel(control);
        List<Runnable> held = new ArrayList<>();
        model.setReplacementGuard(held::add);

        model.switchMode(Mode.DEVELOPMENT);
        assertEquals(List.of(), control.commands, "asked first: nothing loaded yet");
        assertNull(model.getMode(), "the mode shown is still the one in force");

        held.removeFirst().run();
        assertEquals(List.of("load DEVELOPMENT"), control.commands);
        assertEquals(Mode.DEVELOPMENT, model.getMode());

        model.switchMode(Mode.EXPERIMENTAL);
        held.clear(); // the user cancelled
        assertEquals(List.of("load DEVELOPMENT"), control.commands);
        assertEquals(Mode.DEVELOPMENT, model.getMode());
    }
}
