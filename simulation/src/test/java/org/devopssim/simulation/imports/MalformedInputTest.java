package org.devopssim.simulation.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad files fail with the file, the line and what was expected; nothing crashes. */
class MalformedInputTest {

    @TempDir
    Path dir;

    private ImportException failure(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return assertThrows(ImportException.class, () -> Importer.importPaths(List.of(f)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            malformed YAML           | k.yaml | apiVersion: v1\\nkind: Service\\nmetadata:\\n  name: x\\n spec: {\\n        | 5 | malformed YAML
            unclosed quote           | c.yaml | services:\\n  web:\\n    image: "nginx\\n                              | 4 | malformed YAML
            replicas not a number    | k.yaml | apiVersion: apps/v1\\nkind: Deployment\\nmetadata: {name: a}\\nspec:\\n  replicas: three\\n  template:\\n    spec:\\n      containers: [{name: c, image: x}] | 5 | expected 'replicas' as a whole number
            containers not a list    | k.yaml | apiVersion: apps/v1\\nkind: Deployment\\nmetadata: {name: a}\\nspec:\\n  template:\\n    spec:\\n      containers: nope | 7 | expected 'containers' to be a list
            no kind                  | k.yaml | apiVersion: v1\\nmetadata: {name: a}\\n                                      | 1 | expected a Kubernetes object with 'apiVersion' and 'kind'
            not a mapping            | k.yaml | - just\\n- a list\\n                                                   | 1 | expected a Kubernetes object
            missing name             | k.yaml | apiVersion: v1\\nkind: Service\\nmetadata: {labels: {a: b}}\\nspec: {}\\n | 3 | expected 'metadata.name'
            bad port                 | c.yaml | services:\\n  web:\\n    image: x\\n    ports:\\n      - "80:http"\\n   | 5 | expected a port number or range
            port out of range        | c.yaml | services:\\n  web:\\n    image: x\\n    ports: [70000]\\n                | 4 | expected a port from 1 to 65535
            service not a mapping    | c.yaml | services:\\n  web: [1, 2]\\n                                            | 2 | expected service 'web' to be a mapping
            bad HPA                  | k.yaml | apiVersion: autoscaling/v2\\nkind: HorizontalPodAutoscaler\\nmetadata: {name: h}\\nspec:\\n  scaleTargetRef: {kind: Deployment, name: a}\\n  minReplicas: 5\\n  maxReplicas: 2\\n | 7 | expected 1 <= minReplicas <= maxReplicas
            bad CPU quantity         | k.yaml | apiVersion: v1\\nkind: Pod\\nmetadata: {name: p}\\nspec:\\n  containers:\\n    - name: c\\n      image: x\\n      resources: {requests: {cpu: lots}}\\n | 8 | expected a CPU quantity
            duplicate key            | c.yaml | services:\\n  web:\\n    image: a\\n    image: b\\n                    | 4 | the key 'image' appears twice
            extends cycle            | c.yaml | services:\\n  a: {image: x, extends: b}\\n  b: {image: y, extends: a}\\n | 2 | 'extends' goes round in a circle: a -> b -> a
            """)
    void namesFileLineAndExpectation(String what, String file, String text, int line, String expected) throws Exception {
        ImportException e = failure(file, text.replace("\\n", "\n"));
        assertEquals(dir.resolve(file).toString(), e.origin().file(), what);
        assertEquals(line, e.origin().line(), what + ": " + e.getMessage());
        assertTrue(e.problem().contains(expected), what + ": " + e.getMessage());
        assertTrue(e.getMessage().startsWith(dir.resolve(file) + ":" + line + ": "), e.getMessage());
    }

    @Test
    void missingFileAndMixedFormats() throws Exception {
        ImportException missing = assertThrows(ImportException.class, () -> Importer.importPaths(List.of(dir.resolve("none.yaml"))));
        assertTrue(missing.getMessage().contains("no such file"));
        Path compose = dir.resolve("compose.yaml");
        Files.writeString(compose, "services:\n  a: {image: x}\n");
        Path manifest = dir.resolve("m.yaml");
        Files.writeString(manifest, "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n");
        ImportException mixed = assertThrows(ImportException.class, () -> Importer.importPaths(List.of(compose, manifest)));
        assertTrue(mixed.getMessage().contains("import them separately"), mixed.getMessage());
    }

    @Test
    void anUnknownKindIsAWarningWithFileAndLine() throws Exception {
        Path f = dir.resolve("crd.yaml");
        Files.writeString(f, "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n---\napiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\n");
        ImportResult r = Importer.importPaths(List.of(f));
        assertEquals(f + ":5: kind Widget (example.com/v1) 'w' is not known to the importer; not imported",
                r.report().warnings().stream().filter(w -> w.message().contains("Widget")).findFirst().orElseThrow().toString());
    }
}
