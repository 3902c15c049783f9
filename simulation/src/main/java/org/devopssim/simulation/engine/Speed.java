package org.devopssim.simulation.engine;

import java.util.List;

/**
 * How fast simulated time runs: a multiple of real time, or as fast as the machine can.
 *
 * @param multiplier simulated seconds per real second; infinite for {@link #MAX}
 */
public record Speed(double multiplier) {

    public static final Speed REAL_TIME = new Speed(1);
    public static final Speed MAX = new Speed(Double.POSITIVE_INFINITY);
    /** The speeds offered in the toolbar, slowest first. */
    public static final List<Speed> STEPS = List.of(REAL_TIME, new Speed(10), new Speed(60), new Speed(600), MAX);

    public Speed {
        if (!(multiplier > 0)) {
            throw new IllegalArgumentException("speed must be positive: " + multiplier);
        }
    }

    public boolean isMax() {
        return Double.isInfinite(multiplier);
    }

    public Speed faster() {
        int i = STEPS.indexOf(this);
        return i < 0 || i == STEPS.size() - 1 ? this : STEPS.get(i + 1);
    }

    public Speed slower() {
        int i = STEPS.indexOf(this);
        return i <= 0 ? this : STEPS.get(i - 1);
    }

    /** "60x" or "max". */
    public String label() {
        return isMax() ? "max" : (multiplier == Math.rint(multiplier) ? (long) multiplier + "x" : multiplier + "x");
    }

    /** Parses "max", "60", "60x". */
    public static Speed parse(String text) {
        String t = text.trim().toLowerCase();
        if (t.equals("max")) {
            return MAX;
        }
        return new Speed(Double.parseDouble(t.endsWith("x") ? t.substring(0, t.length() - 1) : t));
    }
}
