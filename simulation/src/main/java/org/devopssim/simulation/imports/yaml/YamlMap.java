package org.devopssim.simulation.imports.yaml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.devopssim.simulation.imports.ImportException;
import org.devopssim.simulation.imports.Origin;

/**
 * A mapping with string keys in file order. The typed getters return null for a missing key or
 * an explicit null, and throw an {@link ImportException} naming file and line for a value of the
 * wrong type.
 */
public record YamlMap(Map<String, YamlNode> entries, Origin origin) implements YamlNode {

    public YamlMap {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    public Set<String> keys() {
        return entries.keySet();
    }

    /** The value, or null when the key is absent or its value is null. */
    public YamlNode get(String key) {
        YamlNode n = entries.get(key);
        return n instanceof YamlScalar s && s.isNull() ? null : n;
    }

    public boolean has(String key) {
        return get(key) != null;
    }

    /** Where a key's value was written, or this mapping's place when it is absent. */
    public Origin originOf(String key) {
        YamlNode n = entries.get(key);
        return n == null ? origin : n.origin();
    }

    public YamlScalar scalar(String key) throws ImportException {
        YamlNode n = get(key);
        if (n == null) {
            return null;
        }
        if (n instanceof YamlScalar s) {
            return s;
        }
        throw new ImportException(n.origin(), "expected '" + key + "' to be a single value, got " + n.describe());
    }

    public String string(String key) throws ImportException {
        YamlScalar s = scalar(key);
        return s == null ? null : s.text();
    }

    public String requireString(String key, String what) throws ImportException {
        String s = string(key);
        if (s == null || s.isBlank()) {
            throw new ImportException(origin, "expected '" + key + "' (" + what + ")");
        }
        return s;
    }

    public Integer integer(String key) throws ImportException {
        YamlScalar s = scalar(key);
        return s == null ? null : s.asInt("'" + key + "'");
    }

    public YamlMap map(String key) throws ImportException {
        YamlNode n = get(key);
        if (n == null) {
            return null;
        }
        if (n instanceof YamlMap m) {
            return m;
        }
        throw new ImportException(n.origin(), "expected '" + key + "' to be a mapping (key: value lines), got " + n.describe());
    }

    public YamlList list(String key) throws ImportException {
        YamlNode n = get(key);
        if (n == null) {
            return null;
        }
        if (n instanceof YamlList l) {
            return l;
        }
        throw new ImportException(n.origin(), "expected '" + key + "' to be a list, got " + n.describe());
    }

    /** The items of a list, empty when the key is absent. */
    public List<YamlNode> items(String key) throws ImportException {
        YamlList l = list(key);
        return l == null ? List.of() : l.items();
    }

    /** A list of mappings, each checked. */
    public List<YamlMap> maps(String key) throws ImportException {
        List<YamlMap> out = new ArrayList<>();
        for (YamlNode n : items(key)) {
            if (!(n instanceof YamlMap m)) {
                throw new ImportException(n.origin(), "expected each item of '" + key + "' to be a mapping, got " + n.describe());
            }
            out.add(m);
        }
        return out;
    }

    /** A mapping of plain values (labels, selectors), checked. */
    public Map<String, String> stringMap(String key) throws ImportException {
        YamlMap m = map(key);
        Map<String, String> out = new LinkedHashMap<>();
        if (m == null) {
            return out;
        }
        for (var e : m.entries().entrySet()) {
            if (!(e.getValue() instanceof YamlScalar s)) {
                throw new ImportException(e.getValue().origin(), "expected '" + key + "." + e.getKey()
                        + "' to be a single value, got " + e.getValue().describe());
            }
            out.put(e.getKey(), s.isNull() ? "" : s.text());
        }
        return out;
    }

    public YamlMap with(String key, YamlNode value) {
        Map<String, YamlNode> copy = new LinkedHashMap<>(entries);
        copy.put(key, value);
        return new YamlMap(copy, origin);
    }

    public YamlMap without(String key) {
        Map<String, YamlNode> copy = new LinkedHashMap<>(entries);
        copy.remove(key);
        return new YamlMap(copy, origin);
    }

    @Override
    public String describe() {
        return "a mapping";
    }

    @Override
    public boolean sameContent(YamlNode other) {
        if (!(other instanceof YamlMap m) || !m.entries.keySet().equals(entries.keySet())) {
            return false;
        }
        for (var e : entries.entrySet()) {
            if (!e.getValue().sameContent(m.entries.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }
}
