package org.devopssim.ui.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FrameStatsTest {

    @Test
    void summarisesTheLastFrames() {
        FrameStats stats = new FrameStats();
        for (int i = 0; i < 1000; i++) {
            stats.record(16_666_667, i % 10 == 0 ? 8_000_000 : 2_000_000);
        }
        FrameStats.Summary s = stats.summary();
        assertEquals(FrameStats.FRAMES, s.frames());
        assertEquals(60, s.fps(), 0.01);
        assertEquals(2.0, s.workP50(), 1e-9);
        assertEquals(8.0, s.workP95(), 1e-9);
        assertEquals(8.0, s.workMax(), 1e-9);
    }
}
