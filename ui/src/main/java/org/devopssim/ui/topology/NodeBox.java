package org.devopssim.ui.topology;

import org.devopssim.simulation.model.Node;

/**
 * Where a node is drawn, in world units (scaled topology positions).
 *
 * @param index the node's index in the topology, which is also its index in a snapshot
 * @param depth how many containers enclose it
 */
public record NodeBox(Node node, int index, double x, double y, double width, double height, int depth) {

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }

    public double maxX() {
        return x + width;
    }

    public double maxY() {
        return y + height;
    }

    public boolean contains(double px, double py) {
        return px >= x && px <= maxX() && py >= y && py <= maxY();
    }

    /** True when {@code other} lies entirely inside this box. */
    public boolean encloses(NodeBox other) {
        return other.x >= x && other.y >= y && other.maxX() <= maxX() && other.maxY() <= maxY();
    }
}
