package org.devopssim.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.devopssim.ui.help.MemoryPreferences;
import org.junit.jupiter.api.Test;

class RecentFilesTest {

    @Test
    void newestFirstAtMostEightAndKeptAcrossStarts() {
        MemoryPreferences prefs = new MemoryPreferences();
        RecentFiles recent = new RecentFiles(prefs);
        for (int i = 1; i <= 10; i++) {
            recent.add(Path.of("/tmp/t" + i + ".dstopo"));
        }
        recent.add(Path.of("/tmp/t5.dstopo"));
        assertEquals(RecentFiles.LIMIT, recent.paths().size());
        assertEquals(Path.of("/tmp/t5.dstopo"), recent.paths().getFirst(), "opened again: back on top, once");
        assertEquals(Path.of("/tmp/t10.dstopo"), recent.paths().get(1));

        RecentFiles nextStart = new RecentFiles(prefs);
        assertEquals(List.copyOf(recent.paths()), List.copyOf(nextStart.paths()));
        nextStart.remove(Path.of("/tmp/t10.dstopo"));
        assertEquals(7, new RecentFiles(prefs).paths().size());
    }
}
