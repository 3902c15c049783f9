package org.devopssim.ui.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.devopssim.simulation.engine.Snapshot;
import org.devopssim.simulation.model.Link;
import org.devopssim.simulation.model.Mode;
import org.devopssim.ui.Presets;
import org.junit.jupiter.api.Test;

class LinkFlowTest {

    @Test
    void speedIsZeroWithoutTrafficAndGrowsWithTheRate() {
        assertEquals(0, LinkFlow.speed(0, 100));
        assertEquals(0, LinkFlow.speed(50, 0));
        double quiet = LinkFlow.speed(1, 100);
        double half = LinkFlow.speed(50, 100);
        double busiest = LinkFlow.speed(100, 100);
        assertTrue(quiet > 0 && quiet < half && half < busiest);
        assertEquals(LinkFlow.MAX_SPEED, busiest, 1e-9);
        assertEquals(LinkFlow.MAX_SPEED, LinkFlow.speed(500, 100), 1e-9, "capped at the busiest");
    }

    @Test
    void dashesOfABusyLinkTravelAndWrapWhileIdleLinksStayPut() {
        Snapshot s = Presets.snapshotAfter(Mode.PRODUCTION, 60);
        TopologyLayout layout = TopologyLayout.of(s.topology());
        LinkFlow flow = new LinkFlow();
        flow.follow(layout, s, LiveIndex.of(null, layout.topology(), s.topology()));
        assertTrue(flow.moving());
        List<Link> links = s.topology().links();
        int busiest = -1;
        int idle = -1;
        double max = 0;
        for (int i = 0; i < links.size(); i++) {
            double r = links.get(i).type().carriesRequests() ? s.linkRates()[i] : 0;
            if (r > max) {
                max = r;
                busiest = i;
            }
            if (r == 0) {
                idle = i;
            }
        }
        assertTrue(busiest >= 0 && idle >= 0, "the preset has a busy and an idle (or non-request) link");
        flow.advance(0.1);
        assertEquals(LinkFlow.MAX_SPEED * 0.1, flow.phase(busiest), 1e-9);
        assertEquals(LinkFlow.PERIOD - LinkFlow.MAX_SPEED * 0.1, flow.dashOffset(busiest), 1e-9,
                "the offset counts down so the dashes move towards the callee");
        assertEquals(0, flow.phase(idle));
        flow.advance(1);
        assertEquals((LinkFlow.MAX_SPEED * 1.1) % LinkFlow.PERIOD, flow.phase(busiest), 1e-9);
        assertTrue(flow.phase(busiest) < LinkFlow.PERIOD);
    }

    @Test
    void aStandingRunMovesNothing() {
        Snapshot s = Presets.snapshotAfter(Mode.PRODUCTION, 0);
        TopologyLayout layout = TopologyLayout.of(s.topology());
        LinkFlow flow = new LinkFlow();
        flow.follow(layout, null, null);
        assertFalse(flow.moving());
        flow.advance(1);
        for (int i = 0; i < s.topology().links().size(); i++) {
            assertEquals(0, flow.phase(i));
        }
    }
}
