package org.devopssim.simulation.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.devopssim.simulation.Fixtures;
import org.devopssim.simulation.model.Autoscaling;
import org.devopssim.simulation.model.Autoscaling.Policy;
import org.junit.jupiter.api.Test;

class AutoscalerTest {

    private static long countChanges(Simulation sim, long from) {
        return sim.eventLog().all().stream().filter(e -> e.time() >= from && "api".equals(e.nodeId())
                && (e.kind().equals("scale-up") || e.kind().equals("scale-down"))).count();
    }

    private static int instances(Simulation sim) {
        NodeStatus s = sim.status("api");
        return s.instancesReady() + s.instancesBooting();
    }

    @Test
    void aShorterScaleDownWindowGivesCapacityBackSooner() {
        int[] after = new int[2];
        int k = 0;
        for (Integer window : new Integer[]{null, 60}) {
            Simulation sim = Fixtures.simulation("production", 4);
            sim.apply(new Action.SetPolicy("api", new Autoscaling(Policy.REACTIVE, 2, 30, 0.6, List.of(), null, window, null)));
            sim.advance(600);
            sim.apply(new Fault.TrafficSpike(null, 3, 600));
            sim.advance(600 + 150);
            after[k++] = instances(sim);
        }
        assertTrue(after[1] < after[0], "60 s window already scaled down, the default 300 s not yet: " + after[0] + " vs " + after[1]);
    }

    @Test
    void cooldownHoldsTheCountBetweenChanges() {
        Simulation sim = Fixtures.simulation("production", 4);
        sim.apply(new Action.SetPolicy("api", new Autoscaling(Policy.REACTIVE, 2, 30, 0.6, List.of(), null, null, 900)));
        sim.advance(300);
        sim.apply(new Fault.TrafficSpike(null, 4, 1800));
        long start = sim.second();
        sim.advance(800);
        assertEquals(1, countChanges(sim, start), "one change, then the cooldown holds");
    }

    @Test
    void scheduledPolicyFollowsTheClock() {
        Simulation sim = Fixtures.simulation("production", 4);
        // The run starts at 19:00 local time (UTC-5): 8 instances until 22:00, 3 after.
        sim.apply(new Action.SetPolicy("api", new Autoscaling(Policy.SCHEDULED, 1, 20, 0.6,
                List.of(new Autoscaling.ScheduledCount(7, 8), new Autoscaling.ScheduledCount(22, 3)))));
        sim.advance(120);
        assertEquals(8, instances(sim));
        sim.advance(3 * 3600);
        assertEquals(3, instances(sim));
    }
}
