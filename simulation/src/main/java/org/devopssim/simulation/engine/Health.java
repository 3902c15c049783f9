package org.devopssim.simulation.engine;

/** A node's condition as the user sees it. */
public enum Health {
    /** Serving normally. */
    UP,
    /** Serving, but slow, erroring or short of capacity. */
    DEGRADED,
    /** Not serving at all. */
    DOWN,
    /** Not a serving node (regions, clusters, sources). */
    NONE;

    /** How bad it is: worse health ranks higher, {@link #NONE} (not a serving node) lowest. */
    public int severity() {
        return switch (this) {
            case NONE -> 0;
            case UP -> 1;
            case DEGRADED -> 2;
            case DOWN -> 3;
        };
    }

    /** The worse of the two (the first when they are as bad). */
    public static Health worse(Health a, Health b) {
        return b.severity() > a.severity() ? b : a;
    }
}
