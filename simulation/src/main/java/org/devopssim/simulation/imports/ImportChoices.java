package org.devopssim.simulation.imports;

import java.util.Map;
import java.util.Set;

/**
 * What the user changed in an import's mapping before the topology is built: another kind for a
 * component (say the image was not recognised), or components left out. Keys are the component
 * ids of the import report's mappings. Links, the traffic source and the layout follow the
 * choices, because they are inferred when the topology is built.
 */
public record ImportChoices(Map<String, ServiceKind> kinds, Set<String> excluded) {

    public static final ImportChoices NONE = new ImportChoices(Map.of(), Set.of());

    public ImportChoices {
        kinds = Map.copyOf(kinds);
        excluded = Set.copyOf(excluded);
    }

    public boolean isEmpty() {
        return kinds.isEmpty() && excluded.isEmpty();
    }
}
