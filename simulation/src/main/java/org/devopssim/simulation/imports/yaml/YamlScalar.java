package org.devopssim.simulation.imports.yaml;

import java.util.Set;
import org.devopssim.simulation.imports.ImportException;
import org.devopssim.simulation.imports.Origin;

/**
 * A scalar as written. {@code plain} is false for quoted scalars: only plain ones can be null,
 * numbers or booleans. The text is kept raw, so {@code 80:80} stays a port mapping instead of
 * YAML 1.1's base-60 number.
 */
public record YamlScalar(String text, boolean plain, Origin origin) implements YamlNode {

    private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");
    private static final Set<String> TRUE = Set.of("true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON");
    private static final Set<String> FALSE = Set.of("false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF");

    public static YamlScalar of(String text, Origin origin) {
        return new YamlScalar(text, false, origin);
    }

    public boolean isNull() {
        return plain && NULLS.contains(text);
    }

    public int asInt(String what) throws ImportException {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new ImportException(origin, "expected " + what + " as a whole number, got " + describe());
        }
    }

    public double asDouble(String what) throws ImportException {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new ImportException(origin, "expected " + what + " as a number, got " + describe());
        }
    }

    public boolean asBoolean(String what) throws ImportException {
        if (TRUE.contains(text.trim())) {
            return true;
        }
        if (FALSE.contains(text.trim())) {
            return false;
        }
        throw new ImportException(origin, "expected " + what + " as true or false, got " + describe());
    }

    @Override
    public String describe() {
        return isNull() ? "nothing (null)" : "'" + text + "'";
    }

    @Override
    public boolean sameContent(YamlNode other) {
        return other instanceof YamlScalar s && s.text.equals(text) && (s.isNull() == isNull());
    }
}
