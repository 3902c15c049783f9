package org.devopssim.ml.nab;

/** A labelled anomaly window, inclusive at both ends, in epoch seconds (UTC). */
public record AnomalyWindow(long start, long end) {

    public AnomalyWindow {
        if (end < start) {
            throw new IllegalArgumentException("window ends before it starts");
        }
    }

    public boolean contains(long epochSeconds) {
        return epochSeconds >= start && epochSeconds <= end;
    }
}
