package org.devopssim.simulation.imports;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The size and time notations of the two formats: Kubernetes CPU ({@code 500m}, {@code 2}) and
 * memory ({@code 100Mi}, {@code 1G}, {@code 1e9}), Compose memory ({@code 512m}, {@code 1gb}) and
 * durations ({@code 1m30s}). Each returns null for text it cannot read, so the caller can say
 * where.
 */
public final class Quantities {

    private static final Pattern K8S_MEMORY = Pattern.compile("([0-9.]+(?:[eE][0-9]+)?)\\s*(Ki|Mi|Gi|Ti|Pi|Ei|k|K|M|G|T|P|E|m)?");
    private static final Pattern COMPOSE_MEMORY = Pattern.compile("([0-9.]+)\\s*([bkmgt]?)b?");
    private static final Pattern DURATION_PART = Pattern.compile("([0-9.]+)(ns|us|µs|ms|s|m|h)");

    private Quantities() {
    }

    /** Cores: "500m" -> 0.5, "2" -> 2.0. */
    public static Double kubernetesCpu(String text) {
        String t = text.trim();
        try {
            return t.endsWith("m") ? Double.parseDouble(t.substring(0, t.length() - 1)) / 1000 : Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** MiB: "100Mi" -> 100, "1Gi" -> 1024, "128974848" -> 123, "1G" -> 953. */
    public static Long kubernetesMemoryMiB(String text) {
        Matcher m = K8S_MEMORY.matcher(text.trim());
        if (!m.matches()) {
            return null;
        }
        double bytes = number(m.group(1)) * switch (m.group(2) == null ? "" : m.group(2)) {
            case "Ki" -> 1024d;
            case "Mi" -> 1024d * 1024;
            case "Gi" -> 1024d * 1024 * 1024;
            case "Ti" -> Math.pow(1024, 4);
            case "Pi" -> Math.pow(1024, 5);
            case "Ei" -> Math.pow(1024, 6);
            case "k", "K" -> 1e3;
            case "M" -> 1e6;
            case "G" -> 1e9;
            case "T" -> 1e12;
            case "P" -> 1e15;
            case "E" -> 1e18;
            case "m" -> 1e-3;
            default -> 1d;
        };
        return Double.isNaN(bytes) ? null : Math.round(bytes / (1024 * 1024));
    }

    /** MiB: "512m" -> 512, "1g" -> 1024, "1gb" -> 1024, "2048k" -> 2, plain bytes. */
    public static Long composeMemoryMiB(String text) {
        Matcher m = COMPOSE_MEMORY.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return null;
        }
        double v = number(m.group(1));
        double bytes = v * switch (m.group(2)) {
            case "k" -> 1024d;
            case "m" -> 1024d * 1024;
            case "g" -> 1024d * 1024 * 1024;
            case "t" -> Math.pow(1024, 4);
            default -> 1d;
        };
        return Double.isNaN(bytes) ? null : Math.round(bytes / (1024 * 1024));
    }

    /** Seconds of a Go-style duration: "30s", "1m30s", "1h", "500ms". */
    public static Double durationSeconds(String text) {
        String t = text.trim();
        if (t.isEmpty()) {
            return null;
        }
        Matcher m = DURATION_PART.matcher(t);
        double total = 0;
        int at = 0;
        while (m.find()) {
            if (m.start() != at) {
                return null;
            }
            double v = number(m.group(1));
            total += v * switch (m.group(2)) {
                case "ns" -> 1e-9;
                case "us", "µs" -> 1e-6;
                case "ms" -> 1e-3;
                case "m" -> 60;
                case "h" -> 3600;
                default -> 1;
            };
            at = m.end();
        }
        return at == t.length() && at > 0 && !Double.isNaN(total) ? total : null;
    }

    /** NaN for text like "1.2.3" that the patterns let through. */
    private static double number(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
