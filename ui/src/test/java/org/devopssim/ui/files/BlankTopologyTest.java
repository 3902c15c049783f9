package org.devopssim.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.devopssim.simulation.codec.TopologyCodec;
import org.devopssim.simulation.engine.Simulation;
import org.devopssim.simulation.model.Topology;
import org.devopssim.ui.Presets;
import org.junit.jupiter.api.Test;

/** File > New: an empty topology that the codec writes and reads back and the engine runs. */
class BlankTopologyTest {

    @Test
    void roundTripsThroughTheCodecAndRunsWithNoNodes() throws Exception {
        Topology blank = DocumentFiles.blank();
        TopologyCodec codec = new TopologyCodec();
        assertEquals(blank, codec.read(codec.toJson(blank).getBytes(java.nio.charset.StandardCharsets.UTF_8), "new"));
        Simulation sim = new Simulation(blank, 42, Presets.prices());
        sim.advance(120);
        assertEquals(120, sim.second());
    }
}
