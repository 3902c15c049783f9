package org.devopssim.simulation.imports.yaml;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.devopssim.simulation.imports.ImportException;
import org.devopssim.simulation.imports.Origin;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads YAML (one or many documents) into {@link YamlNode}s with file and line. Uses SnakeYAML's
 * node graph (it comes with jackson-dataformat-yaml) rather than Jackson's parser, because the
 * graph expands anchors and aliases and keeps a mark on every node; only nodes are composed,
 * no objects are constructed, so a file cannot instantiate anything.
 */
public final class YamlReader {

    /** Deeper than any real manifest; guards against self-referencing aliases. */
    private static final int MAX_DEPTH = 100;

    private YamlReader() {
    }

    public static List<YamlNode> readAll(Path file) throws ImportException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (NoSuchFileException e) {
            throw new ImportException(new Origin(file.toString(), 0), "no such file");
        } catch (CharacterCodingException e) {
            throw new ImportException(new Origin(file.toString(), 0), "not a UTF-8 text file");
        } catch (IOException e) {
            throw new ImportException(new Origin(file.toString(), 0), "cannot read: " + e.getMessage());
        }
        return readAll(text, file.toString());
    }

    /** Every document of the text; empty documents (a trailing {@code ---}) are left out. */
    public static List<YamlNode> readAll(String text, String fileName) throws ImportException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(200);
        Yaml yaml = new Yaml(new SafeConstructor(options));
        List<YamlNode> docs = new ArrayList<>();
        try {
            for (Node node : yaml.composeAll(new StringReader(text))) {
                if (node == null) {
                    continue;
                }
                YamlNode doc = convert(node, fileName, 0);
                if (!(doc instanceof YamlScalar s && s.isNull())) {
                    docs.add(doc);
                }
            }
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            String context = e.getContext() != null ? " (" + e.getContext() + ")" : "";
            throw new ImportException(new Origin(fileName, mark == null ? 0 : mark.getLine() + 1),
                    "malformed YAML: " + problem.trim() + context);
        } catch (YAMLException e) {
            throw new ImportException(new Origin(fileName, 0), "malformed YAML: " + e.getMessage());
        }
        return docs;
    }

    private static YamlNode convert(Node node, String file, int depth) throws ImportException {
        Origin origin = new Origin(file, node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1);
        if (depth > MAX_DEPTH) {
            throw new ImportException(origin, "nested more than " + MAX_DEPTH + " levels deep (a self-referencing alias?)");
        }
        return switch (node) {
            case ScalarNode s -> new YamlScalar(s.getValue(), s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN, origin);
            case SequenceNode s -> {
                List<YamlNode> items = new ArrayList<>();
                for (Node item : s.getValue()) {
                    items.add(convert(item, file, depth + 1));
                }
                yield new YamlList(items, origin);
            }
            case MappingNode m -> convertMapping(m, origin, file, depth);
            default -> throw new ImportException(origin, "unsupported YAML node " + node.getNodeId());
        };
    }

    private static YamlMap convertMapping(MappingNode m, Origin origin, String file, int depth) throws ImportException {
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        List<YamlMap> merged = new ArrayList<>();
        for (NodeTuple t : m.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode key)) {
                throw new ImportException(new Origin(file, t.getKeyNode().getStartMark().getLine() + 1),
                        "expected a plain key, got a " + t.getKeyNode().getNodeId() + " used as a key");
            }
            YamlNode value = convert(t.getValueNode(), file, depth + 1);
            if (key.getValue().equals("<<") && key.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN) {
                // YAML merge key: the referenced mappings fill in what this one does not set.
                switch (value) {
                    case YamlMap vm -> merged.add(vm);
                    case YamlList vl -> {
                        for (YamlNode item : vl.items()) {
                            if (!(item instanceof YamlMap im)) {
                                throw new ImportException(item.origin(), "expected '<<' to merge mappings, got " + item.describe());
                            }
                            merged.add(im);
                        }
                    }
                    default -> throw new ImportException(value.origin(), "expected '<<' to merge a mapping, got " + value.describe());
                }
                continue;
            }
            if (entries.containsKey(key.getValue())) {
                throw new ImportException(new Origin(file, key.getStartMark().getLine() + 1),
                        "malformed YAML: the key '" + key.getValue() + "' appears twice in this mapping");
            }
            entries.put(key.getValue(), value);
        }
        for (YamlMap source : merged) {
            source.entries().forEach(entries::putIfAbsent);
        }
        return new YamlMap(entries, origin);
    }
}
