package org.devopssim.simulation.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.devopssim.simulation.Fixtures;
import org.devopssim.simulation.model.PriceTable;
import org.junit.jupiter.api.Test;

class QueueingTest {

    @Test
    void singleServerMatchesMM1() {
        // M/M/1: P(wait) = rho, mean wait = rho * s / (1 - rho).
        assertEquals(0.5, Queueing.waitProbability(0.5, 1), 1e-12);
        assertEquals(0.5 * 0.02 / 0.5, Queueing.meanWait(0.5, 1, 0.02), 1e-12);
    }

    @Test
    void waitGrowsWithLoadAndExplodesNearSaturation() {
        double previous = -1;
        for (double rho = 0.05; rho < 0.999; rho += 0.05) {
            double w = Queueing.waitQuantile(rho, 20, 0.05, 0.95);
            assertTrue(w >= previous, "monotone at rho=" + rho);
            previous = w;
        }
        assertTrue(Queueing.meanWait(0.98, 20, 0.05) > 20 * Queueing.meanWait(0.7, 20, 0.05),
                "steep near 1");
    }

    @Test
    void endToEndLatencyRisesSteeplyAsLoadApproachesCapacity() {
        // 4 instances x 100 req/s = 400 req/s of capacity.
        double[] loads = {40, 120, 200, 280, 340, 380, 396};
        double[] p95 = new double[loads.length];
        for (int i = 0; i < loads.length; i++) {
            Simulation sim = new Simulation(Fixtures.chain(loads[i], 4), 1, PriceTable.free());
            sim.advance(120);
            p95[i] = sim.system().latencyP95Ms();
        }
        for (int i = 1; i < loads.length; i++) {
            assertTrue(p95[i] > p95[i - 1], "p95 rises with load: " + java.util.Arrays.toString(p95));
        }
        double lowSlope = (p95[1] - p95[0]) / (loads[1] - loads[0]);
        double highSlope = (p95[6] - p95[5]) / (loads[6] - loads[5]);
        assertTrue(highSlope > 10 * lowSlope, "steep near saturation: " + java.util.Arrays.toString(p95));
    }

    @Test
    void overloadFillsTheQueueThenTimesOutRequests() {
        Simulation sim = new Simulation(Fixtures.chain(600, 4), 1, PriceTable.free());
        sim.advance(30);
        NodeStatus api = sim.status("api");
        assertTrue(api.queue() > 1000, "queue grows at 150% load: " + api.queue());
        sim.advance(120);
        assertTrue(sim.status("api").errorRate() > 20, "timeouts once waits pass 30 s: " + sim.status("api").errorRate());
        assertTrue(sim.system().errorRate() > 20);
    }
}
