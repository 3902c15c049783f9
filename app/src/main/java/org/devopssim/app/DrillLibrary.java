package org.devopssim.app;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.devopssim.assets.Assets;
import org.devopssim.simulation.codec.AtomicFiles;
import org.devopssim.simulation.codec.TopologyFileException;
import org.devopssim.simulation.engine.TimedAction;
import org.devopssim.simulation.exercise.Attempt;
import org.devopssim.simulation.exercise.Exercise;
import org.devopssim.simulation.exercise.ExercisePack;
import org.devopssim.simulation.exercise.ExerciseReader;
import org.devopssim.ui.exercise.Drill;
import org.devopssim.ui.exercise.DrillShelf;

/**
 * The drills of the window: the built-in pack from the assets, and exercises imported from packs,
 * kept as {@code ID.json} (with {@code ID.expert.json}) in a folder of the data directory.
 */
public final class DrillLibrary implements DrillShelf {

    private final Path imported;

    /** @param imported the folder imported exercises are kept in (created on the first import) */
    public DrillLibrary(Path imported) {
        this.imported = imported;
    }

    @Override
    public List<Drill> drills() throws IOException {
        List<Drill> drills = new ArrayList<>();
        for (String id : Assets.EXERCISES) {
            drills.add(new Drill(Grading.readBundled(id), Grading.bundledExercise(id), Grading.bundledExpert(id).actions(),
                    "built-in"));
        }
        List<Drill> mine = new ArrayList<>();
        if (Files.isDirectory(imported)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(imported, "*.json")) {
                for (Path f : files) {
                    if (f.getFileName().toString().endsWith(".expert.json")) {
                        continue;
                    }
                    try {
                        mine.add(read(f));
                    } catch (TopologyFileException e) {
                        // One damaged file must not hide the others; it says why on the console.
                        System.err.println("DevOps Simulator: skipping an imported exercise: " + e.getMessage());
                    }
                }
            }
        }
        mine.sort(Comparator.comparing(Drill::title));
        drills.addAll(mine);
        return drills;
    }

    private static Drill read(Path file) throws IOException, TopologyFileException {
        byte[] json = Files.readAllBytes(file);
        Exercise exercise = new ExerciseReader().read(json, file.toString());
        Path expert = expertOf(file.getParent(), exercise.id());
        List<TimedAction> actions = Files.isRegularFile(expert) ? Attempt.read(expert).actions() : List.of();
        return new Drill(exercise, json, actions, "imported");
    }

    private static Path expertOf(Path dir, String id) {
        return dir.resolve(id + ".expert.json");
    }

    @Override
    public List<Drill> importPack(List<ExercisePack.Entry> entries) throws IOException {
        for (ExercisePack.Entry e : entries) {
            if (Assets.EXERCISES.contains(e.exercise().id())) {
                throw new IOException("the pack's exercise '" + e.exercise().id()
                        + "' has the id of a built-in drill; give it another id to import it");
            }
        }
        List<Drill> added = new ArrayList<>();
        for (ExercisePack.Entry e : entries) {
            String id = e.exercise().id();
            AtomicFiles.write(imported.resolve(id + ".json"), e.json());
            Path expert = expertOf(imported, id);
            if (e.expertJson() != null) {
                AtomicFiles.write(expert, e.expertJson());
            } else {
                Files.deleteIfExists(expert);
            }
            added.add(new Drill(e.exercise(), e.json(), e.expert(), "imported"));
        }
        return added;
    }
}
