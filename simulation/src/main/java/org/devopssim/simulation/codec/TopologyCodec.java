package org.devopssim.simulation.codec;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.devopssim.simulation.model.PriceTable;
import org.devopssim.simulation.model.Topology;

/**
 * Reads and writes topology files (and the price table): the one place the JSON format is
 * defined. Reading either gives a fully valid {@link Topology} or throws a
 * {@link TopologyFileException} that names every problem; it never half-loads.
 */
public final class TopologyCodec {

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    public Topology read(Path file) throws TopologyFileException, IOException {
        return read(Files.readAllBytes(file), file.toString());
    }

    public Topology read(InputStream in, String source) throws TopologyFileException, IOException {
        return read(in.readAllBytes(), source);
    }

    public Topology read(byte[] json, String source) throws TopologyFileException {
        checkSchemaVersion(json, source);
        Topology topology;
        try {
            topology = mapper.readValue(json, Topology.class);
        } catch (JacksonException e) {
            throw new TopologyFileException(source, List.of(problemOf(e)));
        } catch (IOException e) {
            throw new TopologyFileException(source, List.of(new TopologyFileException.Problem("$", 0, e.getMessage())));
        }
        List<TopologyFileException.Problem> problems = new TopologyValidator(topology).problems();
        if (!problems.isEmpty()) {
            throw new TopologyFileException(source, problems);
        }
        return topology;
    }

    public String toJson(Topology topology) {
        try {
            return mapper.writeValueAsString(topology);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise topology", e);
        }
    }

    /** Writes atomically: a temporary file beside the target, then a move over it. */
    public void write(Topology topology, Path file) throws IOException {
        AtomicFiles.write(file, toJson(topology).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public PriceTable readPrices(InputStream in, String source) throws TopologyFileException, IOException {
        try {
            return mapper.readValue(in, PriceTable.class);
        } catch (JacksonException e) {
            throw new TopologyFileException(source, List.of(problemOf(e)));
        }
    }

    private void checkSchemaVersion(byte[] json, String source) throws TopologyFileException {
        JsonNode tree;
        try {
            tree = mapper.readTree(json);
        } catch (JacksonException e) {
            throw new TopologyFileException(source, List.of(problemOf(e)));
        } catch (IOException e) {
            throw new TopologyFileException(source, List.of(new TopologyFileException.Problem("$", 0, e.getMessage())));
        }
        if (tree == null || !tree.isObject()) {
            throw new TopologyFileException(source, List.of(
                    new TopologyFileException.Problem("$", 1, "expected a JSON object describing a topology")));
        }
        JsonNode version = tree.get("schemaVersion");
        if (version == null || !version.isInt()) {
            throw new TopologyFileException(source, List.of(new TopologyFileException.Problem("$.schemaVersion", 0,
                    "expected an integer schema version (this version writes " + Topology.SCHEMA_VERSION + ")")));
        }
        if (version.intValue() > Topology.SCHEMA_VERSION) {
            throw new TopologyFileException(source, List.of(new TopologyFileException.Problem("$.schemaVersion", 0,
                    "the file has schema version " + version.intValue() + ", written by a newer DevOps Simulator; "
                            + "this version reads up to " + Topology.SCHEMA_VERSION)));
        }
        if (version.intValue() < 1) {
            throw new TopologyFileException(source, List.of(new TopologyFileException.Problem("$.schemaVersion", 0,
                    "expected a schema version from 1 to " + Topology.SCHEMA_VERSION + ", got " + version.intValue())));
        }
    }

    static TopologyFileException.Problem problemOf(JacksonException e) {
        JsonLocation loc = e.getLocation();
        int line = loc == null ? 0 : loc.getLineNr();
        String path = e instanceof JsonMappingException m ? JsonPaths.of(m.getPath()) : "$";
        String message = switch (e) {
            case InvalidTypeIdException t -> "unknown kind '" + t.getTypeId() + "'; expected one of "
                    + "region, cluster, load-balancer, app-service, postgres, redis, kafka, auth-service, monitoring, "
                    + "traffic-source";
            case UnrecognizedPropertyException u -> "unknown field '" + u.getPropertyName() + "'; expected one of "
                    + u.getKnownPropertyIds();
            default -> e.getOriginalMessage().replaceAll("\\s*\\(for Object starting at.*", "")
                    .replaceAll("\\s+at \\[Source.*", "");
        };
        return new TopologyFileException.Problem(path, line, message);
    }
}
