package org.devopssim.ui.model;

/** How much simulated history the traffic chart shows. */
public enum ChartWindow {
    FIVE_MINUTES("5 min", 300),
    FIFTEEN_MINUTES("15 min", 900),
    ONE_HOUR("1 h", 3600),
    SIX_HOURS("6 h", 6 * 3600),
    ONE_DAY("24 h", 24 * 3600);

    private final String label;
    private final long seconds;

    ChartWindow(String label, long seconds) {
        this.label = label;
        this.seconds = seconds;
    }

    public long seconds() {
        return seconds;
    }

    @Override
    public String toString() {
        return label;
    }
}
