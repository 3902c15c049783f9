package org.devopssim.simulation.alerting;

import java.util.Locale;
import org.devopssim.simulation.scenario.Durations;

/** Numbers and times as alert texts show them; locale-independent so outputs are repeatable. */
final class AlertText {

    private AlertText() {
    }

    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e12) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.0f" : Math.abs(v) >= 1 ? "%.1f" : "%.3f", v);
    }

    static String clock(long second) {
        return Durations.format(second);
    }

    /** {@code 30d}, {@code 6h}, {@code 5m}, {@code 90s}: the largest unit that divides evenly. */
    static String duration(long seconds) {
        if (seconds > 0 && seconds % 86_400 == 0) {
            return seconds / 86_400 + "d";
        }
        if (seconds > 0 && seconds % 3600 == 0) {
            return seconds / 3600 + "h";
        }
        if (seconds > 0 && seconds % 60 == 0) {
            return seconds / 60 + "m";
        }
        return seconds + "s";
    }
}
