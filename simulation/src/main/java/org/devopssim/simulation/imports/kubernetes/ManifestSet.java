package org.devopssim.simulation.imports.kubernetes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.devopssim.simulation.imports.ImportException;
import org.devopssim.simulation.imports.ImportLog;
import org.devopssim.simulation.imports.Origin;
import org.devopssim.simulation.imports.yaml.YamlMap;
import org.devopssim.simulation.imports.yaml.YamlNode;
import org.devopssim.simulation.imports.yaml.YamlReader;

/**
 * The objects of many manifest files, each kind+namespace+name once. Folders are read
 * recursively in path order. An object repeated with the same content (the same object kept in
 * several files, as example repositories do) is taken once; repeated with different content, the
 * later one (in the order the files were given, folders in path order) wins and a warning says
 * so, as {@code kubectl apply} of the files in that order would leave it.
 */
public final class ManifestSet {

    private final Map<String, ManifestObject> objects = new LinkedHashMap<>();

    public static List<Path> expand(List<Path> paths) throws ImportException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    files.addAll(walk.filter(Files::isRegularFile).filter(ManifestSet::isManifestName).sorted().toList());
                } catch (IOException e) {
                    throw new ImportException(new Origin(p.toString(), 0), "cannot read the folder: " + e.getMessage());
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    public static boolean isManifestName(Path p) {
        String n = p.getFileName().toString().toLowerCase();
        return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
    }

    public static ManifestSet read(List<Path> files, ImportLog log) throws ImportException {
        ManifestSet set = new ManifestSet();
        for (Path f : files) {
            for (YamlNode doc : YamlReader.readAll(f)) {
                set.addDocument(doc, log);
            }
        }
        return set;
    }

    private void addDocument(YamlNode doc, ImportLog log) throws ImportException {
        if (!(doc instanceof YamlMap m)) {
            throw new ImportException(doc.origin(), "expected a Kubernetes object (a mapping with apiVersion and kind), got " + doc.describe());
        }
        String kind = m.string("kind");
        String apiVersion = m.string("apiVersion");
        if (kind == null || apiVersion == null) {
            throw new ImportException(m.origin(), "expected a Kubernetes object with 'apiVersion' and 'kind'"
                    + (m.has("services") ? " (this looks like a Compose file; import it on its own)" : ""));
        }
        if (kind.equals("List") || kind.endsWith("List") && m.has("items")) {
            for (YamlNode item : m.items("items")) {
                addDocument(item, log);
            }
            return;
        }
        YamlMap meta = m.map("metadata");
        if (meta == null) {
            throw new ImportException(m.origin(), "expected 'metadata' with a 'name' in this " + kind);
        }
        String name = meta.string("name");
        if (name == null) {
            if (meta.string("generateName") != null) {
                name = meta.string("generateName") + "generated";
                log.note(meta.origin(), kind + " with generateName '" + meta.string("generateName") + "' named '" + name + "'");
            } else {
                throw new ImportException(meta.origin(), "expected 'metadata.name' in this " + kind);
            }
        }
        String namespace = meta.string("namespace") == null ? "default" : meta.string("namespace");
        ManifestObject obj = new ManifestObject(kind, apiVersion, name, namespace, m, m.origin());
        ManifestObject earlier = objects.get(obj.key());
        if (earlier != null) {
            if (earlier.body().sameContent(obj.body())) {
                log.note(obj.origin(), kind + " '" + name + "' repeats the one at " + earlier.origin() + "; taken once");
                return;
            } else {
                log.warn(obj.origin(), kind + " '" + name + "' is defined again with different content (first at "
                        + earlier.origin() + "); the later definition wins");
            }
            objects.remove(obj.key()); // re-inserted: the order follows the winning definition
        }
        objects.put(obj.key(), obj);
    }

    public List<ManifestObject> objects() {
        return List.copyOf(objects.values());
    }
}
