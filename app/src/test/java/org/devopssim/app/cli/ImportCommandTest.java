package org.devopssim.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.devopssim.app.Main;
import org.devopssim.simulation.codec.TopologyCodec;
import org.devopssim.simulation.model.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void writesATopologyThatLoadsAndRuns() throws Exception {
        Path compose = dir.resolve("compose.yaml");
        Files.writeString(compose, """
                services:
                  web: {image: "example/web:1", ports: ["8080:80"], depends_on: [db]}
                  db: {image: "mariadb:11"}
                """);
        Path output = dir.resolve("out/topology.json");
        Files.createDirectories(output.getParent());
        assertEquals(0, run("import", compose.toString(), "--output", output.toString()), err.toString());
        String report = out.toString(StandardCharsets.UTF_8);
        assertTrue(report.contains("service web") && report.contains("app-service"), report);
        assertTrue(report.contains("MariaDB is simulated as a PostgreSQL server"), report);
        Topology t = new TopologyCodec().read(output);
        assertTrue(t.node("web").isPresent() && t.node("db").isPresent());

        out.reset();
        assertEquals(0, run("run", "--topology", output.toString(), "--duration", "2m"), err.toString());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("offered="));
    }

    @Test
    void badInputIsOneLineNamingFileAndLine() throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: a}\nspec:\n  replicas: many\n");
        Path output = dir.resolve("t.json");
        assertEquals(2, run("import", bad.toString(), "--output", output.toString()));
        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, message.strip().lines().count(), message);
        assertTrue(message.contains(bad + ":5:"), message);
        assertFalse(Files.exists(output), "nothing written on bad input");
    }

    @Test
    void missingArguments() {
        assertEquals(2, run("import", "--output", dir.resolve("t.json").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("give at least one"));
        assertEquals(2, run("import", dir.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--output"));
        assertEquals(0, run("import", "--help"));
    }
}
