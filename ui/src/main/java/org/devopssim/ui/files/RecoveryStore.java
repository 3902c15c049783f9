package org.devopssim.ui.files;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.devopssim.simulation.codec.AtomicFiles;
import org.devopssim.simulation.codec.TopologyCodec;
import org.devopssim.simulation.codec.TopologyFileException;
import org.devopssim.simulation.model.Topology;

/**
 * The autosaved copy of unsaved changes, one file in the app's data folder:
 * {@code {"recoveryVersion": 1, "file": "/where/it/belongs.dstopo" or absent, "savedAt": ISO instant,
 * "topology": {the topology file's JSON}}}. Written atomically; present at start only when the
 * app ended without saving or discarding its changes. Every method does I/O: call off the FX thread.
 */
public final class RecoveryStore {

    /** Unsaved changes to {@code file} (null: never saved), as of {@code savedAt}. */
    public record Recovery(Topology topology, Path file, Instant savedAt) {
    }

    static final int VERSION = 1;
    static final String FILE_NAME = "unsaved-topology.json";

    private final Path file;
    private final TopologyCodec codec = new TopologyCodec();
    private final ObjectMapper json = new ObjectMapper();

    /** @param folder where the recovery file lives, e.g. the app data directory's "recovery" */
    public RecoveryStore(Path folder) {
        this.file = folder.resolve(FILE_NAME);
    }

    public Path path() {
        return file;
    }

    public void write(Recovery r) throws IOException {
        ObjectNode root = json.createObjectNode();
        root.put("recoveryVersion", VERSION);
        if (r.file() != null) {
            root.put("file", r.file().toAbsolutePath().toString());
        }
        root.put("savedAt", r.savedAt().toString());
        root.set("topology", json.readTree(codec.toJson(r.topology())));
        AtomicFiles.write(file, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
    }

    /** The recovery file, if there is one. */
    public Optional<Recovery> read() throws IOException, TopologyFileException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        JsonNode root;
        try {
            root = json.readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw problem("$", "expected the JSON of a recovery file: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject() || root.path("recoveryVersion").asInt(0) != VERSION) {
            throw problem("$.recoveryVersion", "expected recovery version " + VERSION);
        }
        JsonNode topology = root.get("topology");
        if (topology == null || !topology.isObject()) {
            throw problem("$.topology", "expected the topology object");
        }
        Instant savedAt;
        try {
            savedAt = Instant.parse(root.path("savedAt").asText(""));
        } catch (DateTimeParseException e) {
            throw problem("$.savedAt", "expected an ISO-8601 instant, got '" + root.path("savedAt").asText("") + "'");
        }
        Path original = root.hasNonNull("file") ? Path.of(root.get("file").asText()) : null;
        Topology t = codec.read(json.writeValueAsBytes(topology), file + " (topology)");
        return Optional.of(new Recovery(t, original, savedAt));
    }

    public void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    /** A recovery file that cannot be read is moved aside, so it neither blocks nor nags every start. */
    public Path setAside() throws IOException {
        Path aside = file.resolveSibling(FILE_NAME + ".unreadable-" + System.currentTimeMillis());
        Files.move(file, aside);
        return aside;
    }

    private TopologyFileException problem(String where, String message) {
        return new TopologyFileException(file.toString(), List.of(new TopologyFileException.Problem(where, 0, message)));
    }
}
