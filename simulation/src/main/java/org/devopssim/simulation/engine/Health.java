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
    NONE
}
