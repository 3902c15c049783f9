package org.devopssim.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.devopssim.simulation.codec.TopologyFileException;
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
        try {
            new ExerciseReader().read(Files.readAllBytes(Path.of(arg)), arg);
            return null;
        } catch (TopologyFileException e) {
            return e.getMessage();
        } catch (NoSuchFileException e) {
            return arg + ": no such file";
        } catch (IOException e) {
            return arg + ": " + e.getMessage();
        }
    }
}
