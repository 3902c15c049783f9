package org.devopssim.simulation.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.devopssim.simulation.codec.TopologyCodec;
import org.devopssim.simulation.codec.TopologyFileException;
import org.devopssim.simulation.engine.Simulation;
import org.devopssim.simulation.model.Link;
import org.devopssim.simulation.model.Node;
import org.devopssim.simulation.model.PriceTable;
import org.devopssim.simulation.model.Topology;
import org.devopssim.simulation.model.TrafficSource;
import org.junit.jupiter.api.Assumptions;

/** Shared look-ups and checks of the import tests. */
final class ImportChecks {

    private ImportChecks() {
    }

    /** A fixture folder or file under src/test/resources/imports. */
    static Path fixture(String path) {
        try {
            return Path.of(ImportChecks.class.getResource("/imports/" + path).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new AssertionError("missing test fixture imports/" + path, e);
        }
    }

    /** {@code ../shared/data} beside the repository root; the test is skipped when it is absent. */
    static Path sharedData(String sub) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        Path data = dir == null ? Path.of("../shared/data") : dir.resolve("../shared/data").normalize();
        Assumptions.assumeTrue(Files.exists(data.resolve(sub)),
                "shared sample data not found at " + data.resolve(sub) + " (expected ../shared/data beside the repository); skipped");
        return data.resolve(sub);
    }

    static Node node(Topology t, String id) {
        return t.node(id).orElseThrow(() -> new AssertionError("no node '" + id + "' in " + t.nodes().stream().map(Node::id).toList()));
    }

    static <T extends Node> T node(Topology t, String id, Class<T> kind) {
        Node n = node(t, id);
        assertTrue(kind.isInstance(n), id + " is a " + n.kindName() + ", expected " + kind.getSimpleName());
        return kind.cast(n);
    }

    /** Links as "from -> to : type", sorted. */
    static Set<String> links(Topology t) {
        Set<String> out = new TreeSet<>();
        for (Link l : t.links()) {
            out.add(l.from() + " -> " + l.to() + " : " + l.type().name().toLowerCase().replace('_', '-'));
        }
        return out;
    }

    /**
     * The topology survives the codec (write, read back with validation, same value) and runs:
     * five simulated minutes, users' requests are offered and mostly served.
     */
    static void assertLoadsAndRuns(Topology t) {
        TopologyCodec codec = new TopologyCodec();
        Topology back;
        try {
            back = codec.read(codec.toJson(t).getBytes(StandardCharsets.UTF_8), t.name());
        } catch (TopologyFileException e) {
            throw new AssertionError(e.getMessage(), e);
        }
        assertEquals(t, back);
        Simulation sim = new Simulation(back, 7, PriceTable.free());
        for (int i = 0; i < 300; i++) {
            sim.tick();
        }
        if (t.nodes().stream().anyMatch(n -> n instanceof TrafficSource)) {
            assertTrue(sim.system().offeredRps() > 0, "no traffic offered");
            assertTrue(sim.system().succeededRps() > 0.5 * sim.system().offeredRps(),
                    "most requests should succeed at half the entry capacity: " + sim.system());
        }
    }
}
