package org.devopssim.simulation.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.devopssim.simulation.Fixtures;
import org.devopssim.simulation.engine.Action;
import org.devopssim.simulation.engine.Simulation;
import org.devopssim.simulation.model.Mode;
import org.devopssim.simulation.model.Security;
import org.devopssim.simulation.model.Topology;
import org.junit.jupiter.api.Test;

class HardeningTest {

    private static Simulation leakyProduction() {
        Topology p = Fixtures.preset("production");
        Topology leaky = new Topology(p.schemaVersion(), p.name(), Mode.PRODUCTION, p.description(), p.workload(),
                new Security(true, true, true, true, false, 3), p.delivery(), p.nodes(), p.links());
        return new Simulation(leaky, 1, Fixtures.prices());
    }

    @Test
    void hardenFixesAFindingForTheRestOfTheRunAndLogsIt() {
        Simulation sim = leakyProduction();
        assertEquals(2, sim.posture().findings().size());
        sim.apply(new Action.Harden(null, "plaintext-credentials"));
        sim.tick();
        assertEquals(1, sim.posture().findings().size());
        assertEquals("cors", sim.posture().findings().getFirst().check());
        assertTrue(sim.eventLog().all().stream().anyMatch(e -> e.kind().equals("security-fixed")));
        assertEquals("harden", sim.actionLog().getFirst().action().actionName());
    }

    @Test
    void hardeningWhatIsNotOpenIsRefused() {
        Simulation sim = leakyProduction();
        sim.apply(new Action.Harden(null, "cors"));
        IllegalArgumentException again = assertThrows(IllegalArgumentException.class,
                () -> sim.apply(new Action.Harden(null, "cors")));
        assertTrue(again.getMessage().contains("plaintext-credentials"), again.getMessage());
        assertThrows(IllegalArgumentException.class, () -> sim.apply(new Action.Harden("api", "debug-port")));
    }
}
