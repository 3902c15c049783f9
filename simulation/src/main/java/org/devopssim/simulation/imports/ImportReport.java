package org.devopssim.simulation.imports;

import java.util.List;

/**
 * What an import did: each source object and the node it became, notes on what was read but has
 * no effect on the simulation, and warnings on what was guessed, approximated or left out.
 */
public record ImportReport(String format, List<Mapping> mappings, List<Finding> notes, List<Finding> warnings) {

    public ImportReport {
        mappings = List.copyOf(mappings);
        notes = List.copyOf(notes);
        warnings = List.copyOf(warnings);
    }

    /** A source object (e.g. "service web", "Deployment frontend") and the node it became. */
    public record Mapping(Origin origin, String source, String nodeId, String nodeKind, String detail) {
    }

    public record Finding(Origin origin, String message) {
        @Override
        public String toString() {
            return origin + ": " + message;
        }
    }

    public boolean hasWarningContaining(String text) {
        return warnings.stream().anyMatch(w -> w.message().contains(text));
    }

    /** The report as printed by the command line. */
    public String text() {
        StringBuilder sb = new StringBuilder("Imported ").append(format).append(":\n");
        for (Mapping m : mappings) {
            sb.append("  %-40s -> %-15s %s%s%n".formatted(m.source(), m.nodeKind(), m.nodeId(),
                    m.detail() == null || m.detail().isBlank() ? "" : "  (" + m.detail() + ")"));
        }
        if (!notes.isEmpty()) {
            sb.append("Notes (read, not simulated):\n");
            notes.forEach(n -> sb.append("  ").append(n).append('\n'));
        }
        sb.append(warnings.isEmpty() ? "No warnings.\n" : "Warnings (" + warnings.size() + "):\n");
        warnings.forEach(w -> sb.append("  ").append(w).append('\n'));
        return sb.toString();
    }
}
