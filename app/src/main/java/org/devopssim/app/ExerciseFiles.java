package org.devopssim.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.devopssim.simulation.exercise.ExerciseReader;

/**
 * An exercise file given as the only argument ({@code devops-sim db-failover.dsexercise}) opens in
 * the window in exercise mode; that is what the installers' file association runs. The files are the
 * exercise JSON that File > Open Exercise reads.
 */
final class ExerciseFiles {

    static final String EXTENSION = ".dsexercise";

    private ExerciseFiles() {
    }

    static boolean isExerciseFile(String arg) {
        return !arg.startsWith("-") && arg.toLowerCase(Locale.ROOT).endsWith(EXTENSION)
                && Files.isRegularFile(Path.of(arg));
    }

    /** Null when the file reads as an exercise, else a one-line reason naming the file and place. */
    static String check(String arg) {
        return TopologyFiles.problemReading(arg, new ExerciseReader()::read);
    }
}
