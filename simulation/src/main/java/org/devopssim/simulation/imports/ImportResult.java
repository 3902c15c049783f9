package org.devopssim.simulation.imports;

import org.devopssim.simulation.model.Topology;

/** A topology made from real-world files, and the report of how it was made. */
public record ImportResult(Topology topology, ImportReport report) {
}
