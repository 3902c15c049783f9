package org.devopssim.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MainTest {

    private static String[] outErr(int[] code, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        code[0] = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[]{out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void helpListsEveryCommandAndEachHasItsOwnHelp() {
        int[] code = new int[1];
        String help = outErr(code, "--help")[0];
        assertEquals(0, code[0]);
        for (String name : Main.subcommands().keySet()) {
            assertTrue(help.contains(name), name);
            String own = outErr(code, name, "--help")[0];
            assertEquals(0, code[0]);
            assertTrue(own.startsWith("Usage: devops-sim " + name), own);
        }
    }

    @Test
    void unknownCommandIsBadInput() {
        int[] code = new int[1];
        String err = outErr(code, "frobnicate")[1];
        assertEquals(2, code[0]);
        assertTrue(err.contains("unknown command 'frobnicate'"), err);
    }
}
