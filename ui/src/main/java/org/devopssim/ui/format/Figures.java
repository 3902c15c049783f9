package org.devopssim.ui.format;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How figures read on screen: fixed locale, short units, sensible precision. */
public final class Figures {

    private static final DateTimeFormatter CLOCK =
            DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private Figures() {
    }

    /** Calendar time of a simulated second: "Mon 2026-03-02 14:05:33 UTC". */
    public static String clock(long epochSecond) {
        return CLOCK.format(Instant.ofEpochSecond(epochSecond));
    }

    /** Simulated time since the start: "T+3d 04:05:06". */
    public static String elapsed(long seconds) {
        long d = seconds / 86_400;
        long h = seconds / 3600 % 24;
        long m = seconds / 60 % 60;
        long s = seconds % 60;
        return d > 0 ? "T+%dd %02d:%02d:%02d".formatted(d, h, m, s) : "T+%02d:%02d:%02d".formatted(h, m, s);
    }

    /** A rate or count in at most four significant characters: 950, 1.25k, 12.5k, 1.20M. */
    public static String compact(double v) {
        double a = Math.abs(v);
        if (a < 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        if (a < 1_000) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        if (a < 10_000) {
            return String.format(Locale.ROOT, "%.2fk", v / 1_000);
        }
        if (a < 1_000_000) {
            return String.format(Locale.ROOT, "%.1fk", v / 1_000);
        }
        return String.format(Locale.ROOT, "%.2fM", v / 1_000_000);
    }

    public static String rate(double perSecond) {
        return compact(perSecond) + " req/s";
    }

    public static String millis(double ms) {
        return ms < 10 ? String.format(Locale.ROOT, "%.1f ms", ms) : String.format(Locale.ROOT, "%.0f ms", ms);
    }

    public static String percent(double pct) {
        return String.format(Locale.ROOT, pct != 0 && Math.abs(pct) < 1 ? "%.2f %%" : "%.1f %%", pct);
    }

    /** A change as a signed whole percentage: +12 %, -3 %, from a fraction (0.12). */
    public static String signedPercent(double fraction) {
        return String.format(Locale.ROOT, "%+.0f %%", fraction * 100);
    }

    public static String dollars(double amount) {
        return String.format(Locale.ROOT, "$%,.2f", amount);
    }

    public static String decimal(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
