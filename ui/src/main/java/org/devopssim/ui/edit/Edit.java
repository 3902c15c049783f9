package org.devopssim.ui.edit;

import java.util.Objects;
import java.util.function.UnaryOperator;
import org.devopssim.simulation.model.Topology;

/**
 * One user edit of a topology, as the undo history and the Edit menu name it ("Move 3 nodes").
 * Topologies are immutable records, so an edit is a pure function from the old topology to the
 * new one, and undo restores the exact topology that was there before.
 *
 * @param label what the user did, shown as "Undo label"
 * @param change the new topology from the current one; may throw {@link EditRefusedException}
 */
public record Edit(String label, UnaryOperator<Topology> change) {

    public Edit {
        Objects.requireNonNull(label);
        Objects.requireNonNull(change);
    }
}
