package org.devopssim.ui.topology;

/** Link line width proportional to its request rate, relative to the busiest link. */
final class LinkWidths {

    static final double MIN_WIDTH = 1;

    private LinkWidths() {
    }

    static double width(double rate, double maxRate, double maxWidth) {
        if (maxRate <= 0 || rate <= 0) {
            return MIN_WIDTH;
        }
        return MIN_WIDTH + (maxWidth - MIN_WIDTH) * Math.min(1, rate / maxRate);
    }
}
