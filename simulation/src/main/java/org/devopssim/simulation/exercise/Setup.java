package org.devopssim.simulation.exercise;

import org.devopssim.simulation.model.Topology;

/** Where an exercise's system comes from: a topology written into the file, or a bundled preset. */
public sealed interface Setup {

    record Inline(Topology topology) implements Setup {
    }

    /** @param name one of the seed's modes: production, development, experimental */
    record Preset(String name) implements Setup {
    }
}
