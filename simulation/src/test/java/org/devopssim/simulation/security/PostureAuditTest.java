package org.devopssim.simulation.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.devopssim.simulation.Fixtures;
import org.devopssim.simulation.events.Severity;
import org.devopssim.simulation.model.AppService;
import org.devopssim.simulation.model.Mode;
import org.devopssim.simulation.model.Node;
import org.devopssim.simulation.model.PostgresNode;
import org.devopssim.simulation.model.Security;
import org.devopssim.simulation.model.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PostureAuditTest {

    private static Set<String> checks(List<Finding> list) {
        return list.stream().map(f -> f.check() + (f.nodeId() == null ? "" : "@" + f.nodeId()))
                .collect(Collectors.toSet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"production", "experimental"})
    void shippedProductionAndExperimentalPresetsAreClean(String preset) {
        PostureReport report = PostureAudit.audit(Fixtures.preset(preset));
        assertTrue(report.clean(), report.findings().toString());
        assertTrue(report.expected().isEmpty());
    }

    @Test
    void developmentExpectsItsConveniencesAndStillFlagsTheRest() {
        PostureReport report = PostureAudit.audit(Fixtures.preset("development"));
        assertEquals(Mode.DEVELOPMENT, report.mode());
        assertEquals(Set.of("tls", "plaintext-credentials", "cors", "debug-endpoints", "debug-port@app"),
                checks(report.expected()));
        assertTrue(report.expected().stream().allMatch(f -> f.severity() == Severity.INFO));
        assertEquals(Set.of("rbac", "vulnerability-scan", "db-encryption@db"), checks(report.findings()));
        assertTrue(report.findings().stream().allMatch(f -> f.severity() == Severity.WARNING),
                "capped at warning on a laptop: " + report.findings());
    }

    /** Production's topology carrying Development's settings: a debug port, an unencrypted database. */
    private static Topology productionWithDevelopmentHabits() {
        Topology prod = Fixtures.preset("production");
        Security dev = Fixtures.preset("development").security();
        List<Node> nodes = prod.nodes().stream().map(n -> switch (n) {
            case AppService a -> new AppService(a.id(), a.name(), a.parent(), a.position(), a.technology(), a.ports(),
                    9229, true, a.capacity(), a.autoscaling(), a.features());
            case PostgresNode p when p.id().equals("db-primary") -> new PostgresNode(p.id(), p.name(), p.parent(),
                    p.position(), p.role(), p.version(), p.capacity(), p.applyRate(), p.backup(),
                    p.geoRedundantBackup(), false, p.seedTestData());
            default -> n;
        }).toList();
        return new Topology(prod.schemaVersion(), prod.name(), prod.mode(), prod.description(), prod.workload(), dev,
                prod.delivery(), nodes, prod.links());
    }

    @Test
    void productionWithDevelopmentsSettingsHasFindings() {
        PostureReport report = PostureAudit.audit(productionWithDevelopmentHabits());
        assertTrue(report.expected().isEmpty(), "nothing is excused in production");
        assertEquals(Set.of("tls", "rbac", "vulnerability-scan", "plaintext-credentials", "cors", "debug-endpoints",
                "debug-port@api", "db-encryption@db-primary"), checks(report.findings()));
        assertEquals(6, report.count(Severity.CRITICAL));
        assertEquals(Severity.CRITICAL, report.findings().getFirst().severity(), "most severe first");
        Finding debug = report.findings().stream().filter(f -> f.check().equals("debug-port")).findFirst().orElseThrow();
        assertEquals("api listens for a debugger on port 9229: whoever reaches it can run code in the process",
                debug.explanation());
        assertTrue(debug.fix().contains("9229"));
        for (Finding f : report.findings()) {
            assertTrue(!f.explanation().isBlank() && !f.explanation().contains("\n"), f.toString());
            assertTrue(!f.fix().isBlank() && !f.fix().contains("\n"), f.toString());
        }
    }

    @Test
    void scanAgeGradesFromDueToStale() {
        assertEquals(Severity.WARNING, scanFinding(10).severity());
        assertEquals(Severity.CRITICAL, scanFinding(45).severity());
        assertTrue(PostureAudit.audit(withScanAge(7)).clean());
    }

    private static Finding scanFinding(int days) {
        return PostureAudit.audit(withScanAge(days)).findings().stream()
                .filter(f -> f.check().equals("vulnerability-scan")).findFirst().orElseThrow();
    }

    private static Topology withScanAge(int days) {
        Topology t = Fixtures.preset("production");
        Security s = t.security();
        return new Topology(t.schemaVersion(), t.name(), t.mode(), t.description(), t.workload(),
                new Security(s.tlsEnforced(), s.rbac(), s.plaintextCredentials(), s.corsAllOrigins(),
                        s.debugEndpoints(), days), t.delivery(), t.nodes(), t.links());
    }

    @Test
    void aTopologyWithoutSecuritySettingsIsAFinding() {
        PostureReport report = PostureAudit.audit(Fixtures.chain(10, 1));
        assertEquals(Set.of("security-settings"), checks(report.findings()));
    }
}
