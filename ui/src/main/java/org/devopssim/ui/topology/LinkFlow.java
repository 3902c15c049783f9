package org.devopssim.ui.topology;

import java.util.List;
import org.devopssim.simulation.engine.Snapshot;
import org.devopssim.simulation.model.Link;

/**
 * The traffic moving along request links: dashes that travel from caller to callee, faster on
 * busier links. Each link keeps its own phase and advances it by its current speed, so a change
 * of rate changes the speed without making the dashes jump. Sizes are in screen pixels, so the
 * pattern reads the same at every zoom. Advancing allocates nothing.
 */
final class LinkFlow {

    static final double DASH = 5;
    static final double GAP = 11;
    static final double PERIOD = DASH + GAP;
    /** Screen pixels per second of the quietest and of the busiest link. */
    static final double MIN_SPEED = 12;
    static final double MAX_SPEED = 72;

    private double[] phase = new double[0];
    private double[] rates = new double[0];
    private int count;
    private double max;

    /** How fast a link's dashes move: none without traffic, then growing with its share of the busiest. */
    static double speed(double rate, double maxRate) {
        if (rate <= 0 || maxRate <= 0) {
            return 0;
        }
        return MIN_SPEED + (MAX_SPEED - MIN_SPEED) * Math.min(1, rate / maxRate);
    }

    /** Takes the rates of the shown links from a snapshot (matched through {@code live}). */
    void follow(TopologyLayout layout, Snapshot s, LiveIndex live) {
        List<Link> links = layout.topology().links();
        if (rates.length != links.size()) {
            rates = new double[links.size()];
            phase = new double[links.size()];
        }
        count = links.size();
        double[] running = s == null ? new double[0] : s.linkRates();
        max = 0;
        for (int i = 0; i < count; i++) {
            int r = s == null || live == null ? -1 : live.link(i);
            boolean carries = links.get(i).type().carriesRequests();
            rates[i] = carries && r >= 0 && r < running.length ? running[r] : 0;
            max = Math.max(max, rates[i]);
        }
    }

    /** Whether any link has traffic to show moving. */
    boolean moving() {
        return max > 0;
    }

    /** Moves every link's dashes on by {@code seconds} of wall time. */
    void advance(double seconds) {
        for (int i = 0; i < count; i++) {
            phase[i] = (phase[i] + speed(rates[i], max) * seconds) % PERIOD;
        }
    }

    /** How far a link's dashes have travelled within one period, in screen pixels. */
    double phase(int link) {
        return link < count ? phase[link] : 0;
    }

    /**
     * The line-dash offset that puts the link's dashes where they have travelled to: a dash
     * pattern shifts towards the line's start as its offset grows, so the offset counts down.
     */
    double dashOffset(int link) {
        return PERIOD - phase(link);
    }
}
