package org.devopssim.ml.nab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.devopssim.ml.data.BadInputException;
import org.devopssim.ml.data.Timestamps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelWindowsTest {

    @TempDir
    Path dir;

    private Path write(String json) throws IOException {
        return Files.writeString(dir.resolve("windows.json"), json);
    }

    @Test
    void readsWindowsInFileOrderWithMicrosecondSuffix() throws IOException {
        LabelWindows labels = LabelWindows.read(write("""
                {"b/x.csv": [["2014-04-10 07:15:00.000000", "2014-04-11 16:45:00.000000"]],
                 "a/y.csv": []}
                """));
        assertEquals(List.of("b/x.csv", "a/y.csv"), List.copyOf(labels.byFile().keySet()));
        AnomalyWindow w = labels.byFile().get("b/x.csv").getFirst();
        assertEquals(Timestamps.parseEpochSeconds("2014-04-10 07:15:00"), w.start());
        assertEquals(Timestamps.parseEpochSeconds("2014-04-11 16:45:00"), w.end());
    }

    @Test
    void namesTheLineOfABadTimestamp() throws IOException {
        BadInputException e = assertThrows(BadInputException.class, () -> LabelWindows.read(write("""
                {
                  "b/x.csv": [
                    ["2014-04-10 07:15:00.000000", "tomorrow"]
                  ]
                }
                """)));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("'tomorrow'"), e.getMessage());
    }

    @Test
    void namesTheLineOfBrokenJsonAndWrongShapes() throws IOException {
        assertEquals(2, assertThrows(BadInputException.class, () -> LabelWindows.read(write("{\n\"a\": [[\"x\",]]\n}"))).line());
        BadInputException shape = assertThrows(BadInputException.class, () -> LabelWindows.read(write("[1, 2]")));
        assertTrue(shape.getMessage().contains("expected an object"), shape.getMessage());
        BadInputException reversed = assertThrows(BadInputException.class, () -> LabelWindows.read(write(
                "{\"a\": [[\"2014-04-11 00:00:00\", \"2014-04-10 00:00:00\"]]}")));
        assertTrue(reversed.getMessage().contains("ends before it starts"), reversed.getMessage());
    }
}
