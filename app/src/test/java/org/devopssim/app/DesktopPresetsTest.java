package org.devopssim.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.devopssim.simulation.model.Mode;
import org.junit.jupiter.api.Test;

class DesktopPresetsTest {

    @Test
    void everyModeLoadsItsOwnPreset() {
        DesktopPresets presets = new DesktopPresets();
        for (Mode mode : Mode.values()) {
            assertEquals(mode, presets.load(mode).mode());
        }
        assertTrue(presets.prices().prices().containsKey("aws"));
    }
}
