package org.devopssim.simulation.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.devopssim.simulation.imports.compose.ComposeImporter;
import org.devopssim.simulation.imports.kubernetes.KubernetesImporter;
import org.devopssim.simulation.imports.kubernetes.ManifestSet;
import org.devopssim.simulation.imports.yaml.YamlMap;
import org.devopssim.simulation.imports.yaml.YamlNode;
import org.devopssim.simulation.imports.yaml.YamlReader;

/**
 * The one entry point for importing files: tells Compose files from Kubernetes manifests and
 * hands them to the right importer. A folder holding a Compose file ({@code compose.yaml},
 * {@code docker-compose.yml}, ...) is that Compose project, its override file merged after it;
 * any other folder is read as manifests, recursively.
 */
public final class Importer {

    private static final List<String> COMPOSE_NAMES = List.of("compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml");
    private static final List<String> OVERRIDE_NAMES = List.of("compose.override.yaml", "compose.override.yml",
            "docker-compose.override.yaml", "docker-compose.override.yml");

    public enum Format { COMPOSE, KUBERNETES }

    private Importer() {
    }

    public static ImportResult importPaths(List<Path> paths) throws ImportException {
        return importPaths(paths, ImportChoices.NONE);
    }

    /** The same import with the user's changes to the mapping (see {@link ImportResult#kinds()}). */
    public static ImportResult importPaths(List<Path> paths, ImportChoices choices) throws ImportException {
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("no file given");
        }
        List<Path> compose = new ArrayList<>();
        List<Path> manifests = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new ImportException(new Origin(p.toString(), 0), "no such file or folder");
            }
            if (Files.isDirectory(p)) {
                List<Path> project = composeProject(p);
                if (project.isEmpty()) {
                    manifests.add(p);
                } else {
                    compose.addAll(project);
                }
            } else if (formatOf(p) == Format.COMPOSE) {
                compose.add(p);
            } else {
                manifests.add(p);
            }
        }
        if (!compose.isEmpty() && !manifests.isEmpty()) {
            throw new ImportException(new Origin(manifests.getFirst().toString(), 0),
                    "is Kubernetes manifests while " + compose.getFirst() + " is a Compose file; import them separately");
        }
        return compose.isEmpty() ? new KubernetesImporter(choices).importPaths(manifests)
                : new ComposeImporter(choices).importFiles(compose);
    }

    /** A file is a Compose file when its first document is a mapping with 'services'. */
    public static Format formatOf(Path file) throws ImportException {
        List<YamlNode> docs = YamlReader.readAll(file);
        if (!docs.isEmpty() && docs.getFirst() instanceof YamlMap m && m.has("services") && !m.has("kind")) {
            return Format.COMPOSE;
        }
        if (!ManifestSet.isManifestName(file) && docs.isEmpty()) {
            throw new ImportException(new Origin(file.toString(), 0), "empty file");
        }
        return Format.KUBERNETES;
    }

    private static List<Path> composeProject(Path dir) {
        List<Path> files = new ArrayList<>();
        COMPOSE_NAMES.stream().map(dir::resolve).filter(Files::isRegularFile).findFirst().ifPresent(files::add);
        if (!files.isEmpty()) {
            OVERRIDE_NAMES.stream().map(dir::resolve).filter(Files::isRegularFile).findFirst().ifPresent(files::add);
        }
        return files;
    }
}
