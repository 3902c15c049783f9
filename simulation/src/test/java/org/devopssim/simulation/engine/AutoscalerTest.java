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

    /** Persistence: the last one-minute mean, with a 5% band, as a minimal stand-in for the learned model. */
    private static final org.devopssim.simulation.spi.LoadForecaster LAST_MINUTE = (history, steps) -> {
        double last = history.values()[history.size() - 1];
        double[] median = new double[steps];
        double[] high = new double[steps];
        double[] low = new double[steps];
        java.util.Arrays.fill(median, last);
        java.util.Arrays.fill(high, last * 1.05);
        java.util.Arrays.fill(low, last * 0.95);
        return new org.devopssim.simulation.spi.Forecast(history.lastTimestamp() + history.stepSeconds(),
                history.stepSeconds(), low, median, high, "last minute");
    };

    private static Simulation withPolicy(Policy policy) {
        Simulation sim = Fixtures.simulation("production", 4);
        sim.attachForecaster(LAST_MINUTE);
        sim.apply(new Action.SetPolicy("api", new Autoscaling(policy, 2, 30, 0.6)));
        sim.advance(900);
        return sim;
    }

    /** The same experiment on a warmed-up run with each policy: what it measures, reactive then predictive. */
    private static int[] reactiveThenPredictive(java.util.function.ToIntFunction<Simulation> experiment) {
        return new int[] {experiment.applyAsInt(withPolicy(Policy.REACTIVE)), experiment.applyAsInt(withPolicy(Policy.PREDICTIVE))};
    }

    @Test
    void predictiveOrdersASurgesInstancesAtTheFirstSyncPeriodInsteadOfClimbingWithIt() {
        int[] after20s = reactiveThenPredictive(sim -> {
            int before = instances(sim);
            sim.apply(new Fault.TrafficSpike(null, 2, 1200));
            sim.advance(20);
            return instances(sim) - before;
        });
        // 16 s into a one-minute climb to x2 the load is about x1.27: reactive sizes for that, predictive
        // extrapolates the climb over the 45 s boot (about x2).
        assertTrue(after20s[1] >= 2 * after20s[0] && after20s[1] > 0,
                "instances added by reactive vs predictive: " + after20s[0] + " vs " + after20s[1]);
    }

    @Test
    void predictiveGivesCapacityBackOnceTheForecastFitsFewerWithoutTheReactiveFiveMinuteWait() {
        int[] afterSurge = reactiveThenPredictive(sim -> {
            sim.apply(new Fault.TrafficSpike(null, 2, 600));
            sim.advance(600 + 180);
            return instances(sim);
        });
        assertTrue(afterSurge[1] < afterSurge[0], "three minutes after the surge, reactive vs predictive: "
                + afterSurge[0] + " vs " + afterSurge[1]);
    }

    @Test
    void predictiveHoldsItsCountWhileTheForecastStaysWithinTheTolerance() {
        Simulation sim = withPolicy(Policy.PREDICTIVE);
        long from = sim.second();
        sim.advance(1800);
        assertTrue(countChanges(sim, from) <= 4, "a calm half hour, at most a few changes: " + countChanges(sim, from));
    }

    @Test
    void switchingToPredictiveMidRunDoesNotReadTheWholeLoadAsASurge() {
        Simulation sim = Fixtures.simulation("production", 4);
        sim.attachForecaster(LAST_MINUTE);
        sim.apply(new Action.SetPolicy("api", new Autoscaling(Policy.REACTIVE, 2, 30, 0.6)));
        sim.advance(900);
        // 30% more load over a minute: above the last minute's band, climbing by less than a surge.
        sim.apply(new Fault.TrafficSpike(null, 1.3, 3600));
        sim.advance(30);
        int before = instances(sim);
        sim.apply(new Action.SetPolicy("api", new Autoscaling(Policy.PREDICTIVE, 2, 30, 0.6)));
        sim.advance(20);
        // The first reading has no reading one sync period before it: no rise can be measured yet.
        assertTrue(instances(sim) <= before + 2, "instances before and after the switch: " + before + " vs " + instances(sim));
    }
}
