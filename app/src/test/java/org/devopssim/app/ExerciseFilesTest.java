package org.devopssim.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.devopssim.assets.Assets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExerciseFilesTest {

    @Test
    void anExerciseFileArgumentIsRecognisedAndChecked(@TempDir Path dir) throws Exception {
        Path drill = dir.resolve("failover.dsexercise");
        try (InputStream in = Assets.exercise(Assets.EXERCISES.getFirst())) {
            Files.copy(in, drill);
        }
        assertTrue(ExerciseFiles.isExerciseFile(drill.toString()));
        assertNull(ExerciseFiles.check(drill.toString()));

        Path broken = Files.writeString(dir.resolve("broken.dsexercise"), "{\"timeLimit\": \"soon\"}");
        String problem = ExerciseFiles.check(broken.toString());
        assertTrue(problem != null && problem.contains("broken.dsexercise"), problem);

        assertFalse(ExerciseFiles.isExerciseFile("grade"), "a subcommand is not a file");
        assertFalse(ExerciseFiles.isExerciseFile(dir.resolve("absent.dsexercise").toString()));
        assertFalse(TopologyFiles.isTopologyFile(drill.toString()), "not mistaken for a topology");
    }
}
