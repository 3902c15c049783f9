package org.devopssim.simulation.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.devopssim.simulation.Fixtures;
import org.devopssim.simulation.model.AppService;
import org.devopssim.simulation.model.Autoscaling;
import org.devopssim.simulation.model.Autoscaling.Policy;
import org.devopssim.simulation.spi.ScalingAgent;
import org.devopssim.simulation.spi.ScalingState;
import org.junit.jupiter.api.Test;

/** The "rl" autoscaling policy: what the engine shows an agent, and how it applies the agent's steps. */
class RlPolicyTest {

    /** Always the same action; remembers what it saw. */
    private static final class FixedAgent implements ScalingAgent {
        final int action;
        final List<ScalingState> seen = new ArrayList<>();

        FixedAgent(int action) {
            this.action = action;
        }

        @Override
        public int decide(ScalingState state) {
            seen.add(state);
            return action;
        }

        @Override
        public String name() {
            return "fixed agent";
        }
    }

    private static int instances(Simulation sim) {
        NodeStatus s = sim.status("api");
        return s.instancesReady() + s.instancesBooting();
    }

    @Test
    void theAgentsStepIsAppliedEverySyncPeriodWithinTheBounds() {
        Simulation sim = Fixtures.simulation("production", 1);
        FixedAgent up = new FixedAgent(2); // +1
        sim.attachScalingAgent(up);
        sim.apply(new Action.SetPolicy("api", new Autoscaling(Policy.RL, 2, 9, 0.6)));
        int start = instances(sim);
        sim.advance(15 * 3 + 1);
        assertEquals(start + 3, instances(sim), "one more instance at each of the three sync periods");
        sim.advance(15 * 20);
        assertEquals(9, instances(sim), "never above the maximum");
        assertTrue(sim.eventLog().all().stream().anyMatch(e -> e.message().contains("rl autoscaler")
                && e.message().contains("fixed agent")), "the scaling event names the agent");
        ScalingState s = up.seen.getLast();
        assertEquals("api", s.serviceId());
        assertEquals(2, s.minInstances());
        assertEquals(9, s.maxInstances());
        assertEquals(((AppService) Fixtures.preset("production").node("api").orElseThrow()).capacity().bootTimeSeconds(),
                s.bootSeconds());
        assertTrue(s.arrivals() > 0 && s.instanceRps() > 0 && s.utilization() > 0, s.toString());
        assertEquals(s.arrivals(), s.forecastPeak(), "no forecaster: the forecast is the load now");
    }

    @Test
    void scalingDownStopsAtTheMinimum() {
        Simulation sim = Fixtures.simulation("production", 1);
        sim.attachScalingAgent(new FixedAgent(0)); // -1
        sim.apply(new Action.SetPolicy("api", new Autoscaling(Policy.RL, 2, 9, 0.6)));
        sim.advance(15 * 10 + 1);
        assertEquals(2, instances(sim));
    }

    @Test
    void withoutAnAgentItFollowsUtilisationLikeReactive() {
        Simulation rl = Fixtures.simulation("production", 3);
        Simulation reactive = Fixtures.simulation("production", 3);
        rl.apply(new Action.SetPolicy("api", new Autoscaling(Policy.RL, 2, 20, 0.6)));
        reactive.apply(new Action.SetPolicy("api", new Autoscaling(Policy.REACTIVE, 2, 20, 0.6)));
        for (int minute = 0; minute < 120; minute++) {
            rl.advance(60);
            reactive.advance(60);
            assertEquals(instances(reactive), instances(rl), "minute " + minute);
        }
    }

    @Test
    void rlIsAPolicyOfTheTopologyFile() throws Exception {
        String json = new String(Fixtures.class.getResourceAsStream("/org/devopssim/assets/presets/production.json")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(json.contains("\"policy\" : \"reactive\"") || json.contains("\"policy\": \"reactive\""), "the fixture has a reactive service");
        String withRl = json.replaceFirst("\"policy\"\\s*:\\s*\"reactive\"", "\"policy\": \"rl\"");
        var topology = new org.devopssim.simulation.codec.TopologyCodec().read(
                new java.io.ByteArrayInputStream(withRl.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "rl.json");
        boolean found = topology.nodes().stream().anyMatch(n -> n instanceof AppService a && a.autoscaling() != null
                && a.autoscaling().policy() == Policy.RL);
        assertTrue(found, "a service with \"policy\": \"rl\"");
    }

    @Test
    void switchingTheFeatureOffLeavesTheServiceToUtilisation() {
        Simulation sim = Fixtures.simulation("production", 1);
        FixedAgent up = new FixedAgent(3); // +2
        sim.attachScalingAgent(up);
        sim.apply(new Action.SetPolicy("api", new Autoscaling(Policy.RL, 2, 20, 0.6)));
        sim.apply(new Action.SetFeature(Feature.RL_AUTOSCALING.wireName(), false));
        sim.advance(15 * 10 + 1);
        assertTrue(up.seen.isEmpty(), "the agent is not asked while the feature is off");
        assertTrue(instances(sim) < 20, "reactive sizing, not +2 every 15 s: " + instances(sim));
        sim.apply(new Action.SetFeature(Feature.RL_AUTOSCALING.wireName(), true));
        sim.advance(16);
        assertTrue(!up.seen.isEmpty(), "asked again once it is back on");
    }
}
