package org.devopssim.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.devopssim.simulation.imports.Importer;
import org.devopssim.simulation.imports.ServiceKind;
import org.devopssim.simulation.model.KafkaNode;
import org.devopssim.simulation.model.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import report as an editable mapping, without a screen. */
class ImportModelTest {

    @TempDir
    Path dir;

    private ImportModel shop() throws Exception {
        Path compose = dir.resolve("compose.yaml");
        Files.writeString(compose, """
                services:
                  web:
                    image: nginx:1.27
                    ports: ["80:80"]
                    depends_on: [api]
                  api:
                    image: example/api:2
                    depends_on: [db, queue]
                  db:
                    image: mariadb:11
                  queue:
                    image: example/queue:1
                """);
        return new ImportModel(List.of(compose), Importer.importPaths(List.of(compose)));
    }

    @Test
    void untouchedMappingGivesTheImportAsItWas() throws Exception {
        ImportModel m = shop();
        assertEquals(List.of("web", "api", "db", "queue"), m.rows().stream().map(ImportModel.Row::nodeId).toList());
        assertTrue(m.rows().stream().allMatch(ImportModel.Row::editable));
        assertEquals(ServiceKind.OTHER_DATABASE, m.rows().get(2).kindProperty().get(), "MariaDB, simulated as PostgreSQL");
        assertTrue(m.choices().isEmpty());
        assertSame(m.result().topology(), m.build(), "nothing chosen: no second import");
        assertTrue(m.links().contains("web \u2192 api (http)"), m.links().toString());
    }

    @Test
    void aKindChangedAndAServiceLeftOutAreWhatTheTopologyBecomes() throws Exception {
        ImportModel m = shop();
        m.rows().get(3).kindProperty().set(ServiceKind.KAFKA);
        m.rows().get(0).includedProperty().set(false);
        assertEquals(Map.of("queue", ServiceKind.KAFKA), m.choices().kinds());
        assertEquals(Set.of("web"), m.choices().excluded());
        Topology t = m.build();
        assertTrue(t.node("queue").orElseThrow() instanceof KafkaNode);
        assertFalse(t.node("web").isPresent());
        assertTrue(t.links().stream().anyMatch(l -> l.from().equals("api") && l.to().equals("queue")),
                "the api publishes to the broker it now is: " + t.links());
    }
}
