package org.devopssim.ui.operate;

import java.util.List;

/**
 * One field of an action's form.
 *
 * @param key          the name the form's builder reads it by
 * @param defaultValue what the field starts with, as text
 * @param min          smallest allowed number (numeric types)
 * @param max          largest allowed number (numeric types)
 * @param choices      the allowed values (choice types); empty otherwise
 */
public record Parameter(String key, String label, String unit, Type type, String defaultValue, double min,
                        double max, List<String> choices) {

    public enum Type {
        NUMBER, WHOLE_NUMBER, TEXT, CHOICE
    }

    public Parameter {
        choices = List.copyOf(choices);
    }

    static Parameter number(String key, String label, String unit, double defaultValue, double min, double max) {
        return new Parameter(key, label, unit, Type.NUMBER, trim(defaultValue), min, max, List.of());
    }

    static Parameter whole(String key, String label, String unit, int defaultValue, int min, int max) {
        return new Parameter(key, label, unit, Type.WHOLE_NUMBER, String.valueOf(defaultValue), min, max, List.of());
    }

    static Parameter text(String key, String label, String defaultValue) {
        return new Parameter(key, label, "", Type.TEXT, defaultValue, 0, 0, List.of());
    }

    static Parameter choice(String key, String label, List<String> choices, String defaultValue) {
        return new Parameter(key, label, "", Type.CHOICE, defaultValue, 0, 0, choices);
    }

    /** The value of {@code text}, or an explanation of what is wrong with it. */
    public Object parse(String text) {
        String t = text == null ? "" : text.trim();
        switch (type) {
            case TEXT -> {
                if (t.isEmpty()) {
                    throw new IllegalArgumentException(label + " is required");
                }
                return t;
            }
            case CHOICE -> {
                if (!choices.contains(t)) {
                    throw new IllegalArgumentException(label + ": choose one of " + String.join(", ", choices));
                }
                return t;
            }
            default -> {
                double v;
                try {
                    v = Double.parseDouble(t);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(label + " must be a number");
                }
                if (type == Type.WHOLE_NUMBER && v != Math.rint(v)) {
                    throw new IllegalArgumentException(label + " must be a whole number");
                }
                if (v < min || v > max) {
                    throw new IllegalArgumentException(label + " must be from " + trim(min) + " to " + trim(max));
                }
                return v;
            }
        }
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
