package org.devopssim.simulation.imports;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Collects the report while an import runs; repeated identical findings are kept once. */
public final class ImportLog {

    private final List<ImportReport.Mapping> mappings = new ArrayList<>();
    private final Set<ImportReport.Finding> notes = new LinkedHashSet<>();
    private final Set<ImportReport.Finding> warnings = new LinkedHashSet<>();

    public void mapped(Origin origin, String source, String nodeId, String nodeKind, String detail) {
        mappings.add(new ImportReport.Mapping(origin, source, nodeId, nodeKind, detail));
    }

    public void note(Origin origin, String message) {
        notes.add(new ImportReport.Finding(origin, message));
    }

    public void warn(Origin origin, String message) {
        warnings.add(new ImportReport.Finding(origin, message));
    }

    public ImportReport report(String format) {
        return new ImportReport(format, mappings, new ArrayList<>(notes), new ArrayList<>(warnings));
    }
}
