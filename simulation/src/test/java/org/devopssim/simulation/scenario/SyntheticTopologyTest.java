package org.devopssim.simulation.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.devopssim.simulation.codec.TopologyValidator;
import org.devopssim.simulation.engine.Simulation;
import org.devopssim.simulation.model.PriceTable;
import org.devopssim.simulation.model.Topology;
import org.junit.jupiter.api.Test;

class SyntheticTopologyTest {

    @Test
    void generatedFleetIsValidSizedAndHealthy() {
        Topology t = SyntheticTopology.generate(1000, 5);
        assertEquals(java.util.List.of(), new TopologyValidator(t).problems());
        assertTrue(Math.abs(t.nodes().size() - 1000) < 25, "about the size asked: " + t.nodes().size());
        Simulation sim = new Simulation(t, 1, PriceTable.free());
        sim.advance(600);
        assertTrue(sim.system().errorRate() < 1, "a calm fleet: " + sim.system());
        assertTrue(sim.system().offeredRps() > 1000);
    }
}
