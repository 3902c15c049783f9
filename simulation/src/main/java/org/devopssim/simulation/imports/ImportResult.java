package org.devopssim.simulation.imports;

import java.util.Map;
import org.devopssim.simulation.model.Topology;

/**
 * A topology made from real-world files, and the report of how it was made.
 *
 * @param kinds the kind each imported component became, by component (node) id, in import order:
 *              what an editable mapping offers to change ({@link ImportChoices})
 */
public record ImportResult(Topology topology, ImportReport report, Map<String, ServiceKind> kinds) {

    public ImportResult {
        kinds = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(kinds));
    }

    public ImportResult(Topology topology, ImportReport report) {
        this(topology, report, Map.of());
    }
}
