package org.devopssim.simulation.imports;

import static org.devopssim.simulation.imports.ImportChecks.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.devopssim.simulation.model.LoadBalancer;
import org.devopssim.simulation.model.Node;
import org.devopssim.simulation.model.Topology;
import org.devopssim.simulation.model.TrafficSource;
import org.junit.jupiter.api.Test;

/** The same application as a Compose file and as manifests imports to the same services and links. */
class EquivalentImportTest {

    @Test
    void composeAndManifestsAgree() throws ImportException {
        Topology compose = Importer.importPaths(List.of(fixture("equivalent/compose.yaml"))).topology();
        Topology k8s = Importer.importPaths(List.of(fixture("equivalent/kubernetes.yaml"))).topology();
        assertEquals(services(compose), services(k8s));
        assertEquals(Set.of("web app-service x3", "cache redis x1", "db postgres x1"), services(compose));
        assertEquals(serviceLinks(compose), serviceLinks(k8s));
        assertEquals(Set.of("web -> cache : cache", "web -> db : sql"), serviceLinks(compose));
        assertTrue(usersReach(compose, "web") && usersReach(k8s, "web"));
        ImportChecks.assertLoadsAndRuns(compose);
        ImportChecks.assertLoadsAndRuns(k8s);
    }

    /** Serving nodes other than the balancers an orchestrator puts in front ("id kind xN"). */
    private static Set<String> services(Topology t) {
        Set<String> out = new TreeSet<>();
        for (Node n : t.nodes()) {
            if (n.capacity() != null && !(n instanceof LoadBalancer)) {
                out.add(n.id() + " " + n.kindName() + " x" + n.capacity().instances());
            }
        }
        return out;
    }

    private static Set<String> serviceLinks(Topology t) {
        Set<String> ids = new TreeSet<>();
        t.nodes().stream().filter(n -> n.capacity() != null && !(n instanceof LoadBalancer)).forEach(n -> ids.add(n.id()));
        Set<String> out = new TreeSet<>(ImportChecks.links(t));
        out.removeIf(l -> !ids.contains(l.split(" ")[0]) || !ids.contains(l.split(" ")[2]));
        return out;
    }

    private static boolean usersReach(Topology t, String id) {
        String users = t.nodes().stream().filter(n -> n instanceof TrafficSource).map(Node::id).findFirst().orElseThrow();
        Set<String> seen = new TreeSet<>(Set.of(users));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (var l : t.links()) {
                if (l.type().carriesRequests() && seen.contains(l.from()) && seen.add(l.to())) {
                    grew = true;
                }
            }
        }
        return seen.contains(id);
    }
}
