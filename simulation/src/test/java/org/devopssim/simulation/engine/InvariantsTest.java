package org.devopssim.simulation.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.devopssim.simulation.Fixtures;
import org.devopssim.simulation.model.Node;
import org.devopssim.simulation.model.PriceTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InvariantsTest {

    @ParameterizedTest
    @ValueSource(doubles = {100, 390, 800})
    void everyNodeConservesRequests(double rps) {
        Simulation sim = new Simulation(Fixtures.chain(rps, 4), 5, PriceTable.free());
        for (int minute = 0; minute < 10; minute++) {
            sim.advance(60);
            for (Node n : sim.topology().nodes()) {
                if (n.capacity() == null) {
                    continue;
                }
                Simulation.Ledger l = sim.ledger(n.id());
                assertEquals(l.arrived(), l.served() + l.failed() + l.queued(), 1e-6 * Math.max(1, l.arrived()),
                        "offered = served + failed + queued at " + n.id());
                assertTrue(l.queued() >= 0 && l.failed() >= 0 && l.served() >= 0);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"production", "development", "experimental"})
    void presetsConserveRequestsAndCostOnlyGrows(String preset) {
        Simulation sim = Fixtures.simulation(preset, 11);
        double cost = 0;
        for (int minute = 0; minute < 30; minute++) {
            sim.advance(60);
            assertTrue(sim.system().cost() >= cost, "cost is monotone in time");
            cost = sim.system().cost();
            for (Node n : sim.topology().nodes()) {
                if (n.capacity() != null) {
                    Simulation.Ledger l = sim.ledger(n.id());
                    assertEquals(l.arrived(), l.served() + l.failed() + l.queued(), 1e-6 * Math.max(1, l.arrived()), n.id());
                    assertTrue(l.queued() >= 0, "no negative queue at " + n.id());
                }
            }
        }
        if (!preset.equals("development")) {
            assertTrue(cost > 0, "cloud instances cost money");
        }
    }
}
