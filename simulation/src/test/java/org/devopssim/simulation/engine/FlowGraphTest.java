package org.devopssim.simulation.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.devopssim.simulation.Fixtures;
import org.devopssim.simulation.model.Topology;
import org.devopssim.simulation.scenario.SyntheticTopology;
import org.junit.jupiter.api.Test;

/**
 * The batches the engine pushes a second's traffic through must leave every result as going node by
 * node would: a node is served after exactly the callers that come before it in node order, and
 * what its callers send arrives in node order.
 */
class FlowGraphTest {

    @Test
    void aGeneratedFleetGoesLevelByLevel() {
        FlowGraph graph = new FlowGraph(SyntheticTopology.generate(1_000, 5));
        assertSameAsNodeOrder(graph);
        // Users and regions, the global balancer, regional balancers, services, their data stores.
        assertEquals(5, graph.batchStart.length - 1);
    }

    @Test
    void everyPresetKeepsNodeOrder() {
        for (String preset : new String[]{"development", "production", "experimental"}) {
            assertSameAsNodeOrder(new FlowGraph(Fixtures.preset(preset)));
        }
    }

    @Test
    void aLinkPointedBackwardRegroupsTheFlowInNodeOrder() {
        Topology fleet = SyntheticTopology.generate(1_000, 5);
        FlowGraph graph = new FlowGraph(fleet);
        // A service's database link moved to the first database in node order, as a failover may do.
        int firstDb = -1;
        int lateLink = -1;
        for (int l = 0; l < graph.links.length; l++) {
            if (graph.linkType[l] == org.devopssim.simulation.model.LinkType.SQL) {
                if (firstDb < 0 || graph.linkTo[l] < firstDb) {
                    firstDb = graph.linkTo[l];
                }
                if (lateLink < 0 || graph.linkFrom[l] > graph.linkFrom[lateLink]) {
                    lateLink = l;
                }
            }
        }
        assertTrue(graph.linkFrom[lateLink] > firstDb, "the test needs a caller after the database");
        graph.retarget(lateLink, firstDb);
        assertSameAsNodeOrder(graph);
        assertTrue(graph.batchStart.length - 1 > 5, "no longer level by level");
    }

    private static void assertSameAsNodeOrder(FlowGraph graph) {
        int n = graph.nodes.length;
        int[] batch = new int[n];
        int[] position = new int[n];
        java.util.Arrays.fill(batch, -1);
        for (int b = 0; b + 1 < graph.batchStart.length; b++) {
            for (int k = graph.batchStart[b]; k < graph.batchStart[b + 1]; k++) {
                int i = graph.flowSequence[k];
                assertEquals(-1, batch[i], "node " + i + " appears once");
                batch[i] = b;
                position[i] = k;
            }
        }
        assertEquals(n, graph.flowSequence.length);
        int[] lastCaller = new int[n];
        java.util.Arrays.fill(lastCaller, -1);
        for (int u = 0; u < n; u++) {
            for (int l : graph.outLinks[u]) {
                int t = graph.linkTo[l];
                if (u < t) {
                    assertTrue(batch[u] < batch[t], "caller " + u + " routes before " + t + " is served");
                } else {
                    assertTrue(batch[u] >= batch[t], "caller " + u + " routes after " + t + " is served, as in node order");
                }
                // Callers visited in node order must also route in that order.
                assertTrue(lastCaller[t] < 0 || position[lastCaller[t]] <= position[u], "callers of " + t + " in node order");
                lastCaller[t] = u;
            }
        }
    }
}
