package org.devopssim.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.devopssim.assets.Assets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopologyFilesTest {

    @Test
    void aTopologyFileArgumentIsRecognisedAndChecked(@TempDir Path dir) throws Exception {
        Path shop = dir.resolve("shop.dstopo");
        try (InputStream in = Assets.preset("development")) {
            Files.copy(in, shop);
        }
        assertTrue(TopologyFiles.isTopologyFile(shop.toString()));
        assertNull(TopologyFiles.check(shop.toString(), new PresetLibrary()));

        Path broken = Files.writeString(dir.resolve("broken.dstopo"), "{\"nodes\": 3}");
        assertTrue(TopologyFiles.isTopologyFile(broken.toString()));
        String problem = TopologyFiles.check(broken.toString(), new PresetLibrary());
        assertTrue(problem != null && problem.contains("broken.dstopo"), problem);

        assertFalse(TopologyFiles.isTopologyFile("run"), "a subcommand is not a file");
        assertFalse(TopologyFiles.isTopologyFile(dir.resolve("absent.dstopo").toString()));
        assertFalse(TopologyFiles.isTopologyFile(Files.writeString(dir.resolve("notes.txt"), "x").toString()));
    }
}
