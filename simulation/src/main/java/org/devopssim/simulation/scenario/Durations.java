package org.devopssim.simulation.scenario;

/** Simulated durations as users write them: {@code 90s}, {@code 10m}, {@code 24h}, {@code 2d}, {@code 01:30:00}. */
public final class Durations {

    private Durations() {
    }

    /** Seconds in {@code text}; throws {@link IllegalArgumentException} with what was expected. */
    public static long parseSeconds(String text) {
        String t = text.trim().toLowerCase();
        try {
            if (t.contains(":")) {
                String[] parts = t.split(":");
                if (parts.length != 3) {
                    throw new NumberFormatException();
                }
                return Long.parseLong(parts[0]) * 3600 + Long.parseLong(parts[1]) * 60 + Long.parseLong(parts[2]);
            }
            char unit = t.charAt(t.length() - 1);
            long scale = switch (unit) {
                case 's' -> 1;
                case 'm' -> 60;
                case 'h' -> 3600;
                case 'd' -> 86_400;
                default -> 0;
            };
            long n = scale == 0 ? Long.parseLong(t) : Long.parseLong(t.substring(0, t.length() - 1));
            if (n < 0) {
                throw new NumberFormatException();
            }
            return scale == 0 ? n : n * scale;
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("expected a duration like 90s, 10m, 24h, 2d or 01:30:00, got '" + text + "'");
        }
    }

    /** {@code 01:02:03}, or {@code 2d 01:02:03} past a day. */
    public static String format(long seconds) {
        long d = seconds / 86_400;
        long rest = seconds % 86_400;
        String clock = "%02d:%02d:%02d".formatted(rest / 3600, rest % 3600 / 60, rest % 60);
        return d > 0 ? d + "d " + clock : clock;
    }
}
