package org.devopssim.simulation.exercise;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.devopssim.assets.Assets;
import org.devopssim.simulation.codec.TopologyFileException;
import org.junit.jupiter.api.Test;

class ExercisePackTest {

    private static byte[] bundled(String path) throws IOException {
        try (InputStream in = Assets.open(path)) {
            return in.readAllBytes();
        }
    }

    private static TopologyFileException bad(String json) {
        return assertThrows(TopologyFileException.class,
                () -> ExercisePack.read(json.getBytes(StandardCharsets.UTF_8), "class-pack.json"));
    }

    @Test
    void aPackOfTheBuiltInDrillsReadsBackAsTheSameExercisesAndGradesTheSame() throws Exception {
        List<ExercisePack.Source> sources = new java.util.ArrayList<>();
        for (String id : List.of("db-primary-failover", "disk-filling")) {
            sources.add(new ExercisePack.Source(bundled("exercises/" + id + ".json"), bundled("exercises/" + id + ".expert.json")));
        }
        sources.add(new ExercisePack.Source(bundled("exercises/flash-crowd.json"), null));
        byte[] pack = ExercisePack.write(sources);
        assertTrue(new String(pack, StandardCharsets.UTF_8).contains("\"format\" : \"" + ExercisePack.FORMAT + "\""));

        List<ExercisePack.Entry> entries = ExercisePack.read(pack, "pack.json");
        assertEquals(List.of("db-primary-failover", "disk-filling", "flash-crowd"),
                entries.stream().map(e -> e.exercise().id()).toList());
        assertEquals(Drills.exercise("db-primary-failover"), entries.get(0).exercise());
        assertEquals(Drills.expert("disk-filling").actions(), entries.get(1).expert());
        assertEquals(List.of(), entries.get(2).expert());
        // Writing what was read gives the same pack: nothing is lost or reordered on the way.
        byte[] again = ExercisePack.write(entries.stream().map(e -> new ExercisePack.Source(e.json(), e.expertJson())).toList());
        assertArrayEquals(pack, again);
        GradeReport fromPack = Drills.GRADER.grade(entries.get(1).exercise(), Attempt.of(entries.get(1).expert()), List.of());
        GradeReport original = Drills.GRADER.grade(Drills.exercise("disk-filling"), Drills.expert("disk-filling"), List.of());
        assertEquals(original.score(), fromPack.score());
    }

    @Test
    void aBadExerciseInsideAPackIsNamedByItsPlaceInThePack() throws Exception {
        String good = new String(bundled("exercises/disk-filling.json"), StandardCharsets.UTF_8);
        String broken = good.replace("\"timeLimit\"", "\"timeLimt\"");
        TopologyFileException e = bad("{\"format\": \"devops-sim-exercise-pack\", \"schemaVersion\": 1, \"exercises\": ["
                + "{\"exercise\": " + good + "}, {\"exercise\": " + broken + "}]}");
        assertEquals("class-pack.json", e.source());
        assertTrue(e.problems().stream().anyMatch(p -> p.path().equals("$.exercises[1].exercise.timeLimt")
                && p.message().startsWith("unknown field")), e.problems().toString());
        assertTrue(e.getMessage().startsWith("class-pack.json: $.exercises[1].exercise."), e.getMessage());
    }

    @Test
    void theSameIdTwiceAndABadExpertLogAreReported() throws Exception {
        String good = new String(bundled("exercises/disk-filling.json"), StandardCharsets.UTF_8);
        TopologyFileException e = bad("{\"format\": \"devops-sim-exercise-pack\", \"schemaVersion\": 1, \"exercises\": ["
                + "{\"exercise\": " + good + "}, {\"exercise\": " + good + ", \"expertActions\": [{\"at\": \"soon\", \"action\": \"scale\"}]}]}");
        assertTrue(e.problems().stream().anyMatch(p -> p.path().equals("$.exercises[1].exercise.id")
                && p.message().contains("used twice")), e.problems().toString());
        assertTrue(e.problems().stream().anyMatch(p -> p.path().startsWith("$.exercises[1].expertActions")), e.problems().toString());
    }

    @Test
    void notAPackSaysWhatAPackIs() throws Exception {
        TopologyFileException notJson = bad("{\"format\": ");
        assertTrue(notJson.getMessage().contains("not valid JSON"), notJson.getMessage());
        TopologyFileException exerciseFile = bad(new String(bundled("exercises/disk-filling.json"), StandardCharsets.UTF_8));
        assertTrue(exerciseFile.getMessage().contains("$.format: expected \"devops-sim-exercise-pack\" (this looks like a single exercise file"),
                exerciseFile.getMessage());
        TopologyFileException newer = bad("{\"format\": \"devops-sim-exercise-pack\", \"schemaVersion\": 7, \"exercises\": []}");
        assertTrue(newer.problems().stream().anyMatch(p -> p.message().contains("written by a newer DevOps Simulator")));
        assertTrue(newer.problems().stream().anyMatch(p -> p.path().equals("$.exercises")));
        TopologyFileException list = bad("[]");
        assertTrue(list.getMessage().contains("expected an exercise pack"), list.getMessage());
    }
}
