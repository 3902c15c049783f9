package org.devopssim.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.devopssim.simulation.model.Mode;
import org.junit.jupiter.api.Test;

class PresetLibraryTest {

    @Test
    void everyModeLoadsItsOwnPreset() {
        PresetLibrary presets = new PresetLibrary();
        for (Mode mode : Mode.values()) {
            assertEquals(mode, presets.preset(mode).mode());
        }
        assertTrue(presets.prices().prices().containsKey("aws"));
        assertThrows(IllegalArgumentException.class, () -> presets.preset("staging"));
    }
}
