package org.devopssim.simulation.imports.compose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.devopssim.simulation.imports.ImportException;
import org.devopssim.simulation.imports.yaml.YamlList;
import org.devopssim.simulation.imports.yaml.YamlMap;
import org.devopssim.simulation.imports.yaml.YamlNode;
import org.devopssim.simulation.imports.yaml.YamlScalar;

/**
 * Compose's merge rules, used for several {@code -f} files and for {@code extends}: mappings merge
 * key by key, the later file wins on single values, lists are appended (without repeating an
 * item), except those that are one command line ({@code command}, {@code entrypoint},
 * {@code healthcheck.test}), which are replaced. Lists that are really mappings
 * ({@code environment: [A=1]}, {@code depends_on: [db]}, {@code labels}, {@code networks}) are
 * turned into mappings first, so an override can change one entry.
 */
final class ComposeMerge {

    private static final Set<String> REPLACED_LISTS = Set.of("command", "entrypoint", "test", "dns", "dns_search");

    private ComposeMerge() {
    }

    /** A service with its map-like lists in mapping form. */
    static YamlMap normalizeService(YamlMap service) throws ImportException {
        YamlMap s = service;
        for (String key : List.of("environment", "labels", "annotations", "extra_hosts")) {
            if (s.get(key) instanceof YamlList l) {
                s = s.with(key, keyValueList(l, key));
            }
        }
        for (String key : List.of("depends_on", "networks")) {
            if (s.get(key) instanceof YamlList l) {
                Map<String, YamlNode> m = new LinkedHashMap<>();
                for (YamlNode item : l.items()) {
                    if (!(item instanceof YamlScalar name)) {
                        throw new ImportException(item.origin(), "expected a service name in '" + key + "', got " + item.describe());
                    }
                    m.put(name.text(), new YamlMap(Map.of(), name.origin()));
                }
                s = s.with(key, new YamlMap(m, l.origin()));
            }
        }
        return s;
    }

    /** ["A=1", "B"] -> {A: "1", B: null}. */
    private static YamlMap keyValueList(YamlList list, String key) throws ImportException {
        Map<String, YamlNode> m = new LinkedHashMap<>();
        for (YamlNode item : list.items()) {
            if (!(item instanceof YamlScalar s)) {
                throw new ImportException(item.origin(), "expected KEY=value items in '" + key + "', got " + item.describe());
            }
            String text = s.text();
            int eq = text.indexOf(key.equals("extra_hosts") ? ':' : '=');
            if (eq < 0) {
                m.put(text.trim(), new YamlScalar("", true, s.origin()));
            } else {
                m.put(text.substring(0, eq).trim(), YamlScalar.of(text.substring(eq + 1), s.origin()));
            }
        }
        return new YamlMap(m, list.origin());
    }

    static YamlNode merge(YamlNode base, YamlNode override, String key) {
        if (base == null) {
            return override;
        }
        if (override == null) {
            return base;
        }
        if (base instanceof YamlMap b && override instanceof YamlMap o) {
            Map<String, YamlNode> merged = new LinkedHashMap<>(b.entries());
            for (var e : o.entries().entrySet()) {
                merged.put(e.getKey(), merge(b.entries().get(e.getKey()), e.getValue(), e.getKey()));
            }
            return new YamlMap(merged, b.origin());
        }
        if (base instanceof YamlList b && override instanceof YamlList o && !REPLACED_LISTS.contains(key)) {
            List<YamlNode> items = new ArrayList<>(b.items());
            for (YamlNode item : o.items()) {
                if (items.stream().noneMatch(i -> i.sameContent(item))) {
                    items.add(item);
                }
            }
            return new YamlList(items, b.origin());
        }
        return override;
    }
}
