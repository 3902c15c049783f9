package org.devopssim.ui.exercise;

import java.io.IOException;
import java.util.List;
import org.devopssim.simulation.codec.TopologyFileException;
import org.devopssim.simulation.exercise.ExercisePack;

/**
 * The exercises a user can open: the built-in drills and those imported from packs. The app fills it
 * (assets, data directory); every call may do I/O and runs off the FX thread.
 */
public interface DrillShelf {

    /** Built-in drills first, then imported ones by title. */
    List<Drill> drills() throws IOException;

    /**
     * Keeps the pack's exercises (with their expert logs) beside the built-in ones, replacing imported
     * exercises of the same id.
     *
     * @return the drills added
     * @throws IOException when an exercise takes a built-in drill's id, or the files cannot be written
     */
    List<Drill> importPack(List<ExercisePack.Entry> entries) throws IOException, TopologyFileException;
}
