package org.devopssim.simulation.security;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.devopssim.simulation.events.Severity;
import org.devopssim.simulation.model.AppService;
import org.devopssim.simulation.model.LoadBalancer;
import org.devopssim.simulation.model.Mode;
import org.devopssim.simulation.model.Node;
import org.devopssim.simulation.model.PostgresNode;
import org.devopssim.simulation.model.Security;
import org.devopssim.simulation.model.Topology;

/**
 * Audits a topology's security posture against the seed's security overview: TLS enforced,
 * encrypted database connections, regular vulnerability scans, RBAC; in Development, plaintext
 * credentials, CORS for all origins, debug endpoints and TLS off are expected and reported as
 * info. Development runs on a laptop without outside users, so its findings are capped at warning.
 * A topology without a mode is audited as Production: the strictest reading.
 */
public final class PostureAudit {

    /** Scans older than this are overdue; "regular" read as weekly. */
    static final int SCAN_DUE_DAYS = 7;
    /** Older than this, known vulnerabilities have likely gone unpatched for a release cycle. */
    static final int SCAN_STALE_DAYS = 30;

    private final boolean development;
    private final List<Finding> findings = new ArrayList<>();
    private final List<Finding> expected = new ArrayList<>();

    private PostureAudit(Mode mode) {
        this.development = mode == Mode.DEVELOPMENT;
    }

    public static PostureReport audit(Topology topology) {
        Mode mode = topology.mode() == null ? Mode.PRODUCTION : topology.mode();
        PostureAudit audit = new PostureAudit(mode);
        audit.system(topology.security());
        for (Node node : topology.nodes()) {
            audit.node(node);
        }
        List<Finding> sorted = audit.findings.stream()
                .sorted(Comparator.comparing(Finding::severity).reversed()).toList();
        return new PostureReport(mode, sorted, audit.expected);
    }

    private void system(Security s) {
        if (s == null) {
            finding(Severity.CRITICAL, "security-settings", null,
                    "the topology declares no security settings, so nothing says TLS, RBAC or scans are in place",
                    "add a security block: tlsEnforced, rbac, vulnerabilityScanAgeDays and the development switches");
            return;
        }
        devConvenience(!s.tlsEnforced(), Severity.CRITICAL, "tls", null,
                "TLS is not enforced: credentials and data cross the network readable",
                "TLS is off on the developer's machine (the seed disables it in development)",
                "enforce TLS (security.tlsEnforced) and terminate it at the load balancers");
        if (!s.rbac()) {
            finding(Severity.CRITICAL, "rbac", null,
                    "no role-based access control: every user and service account can do everything",
                    "enable RBAC with least-privilege roles for people and service accounts");
        }
        int age = s.vulnerabilityScanAgeDays();
        if (age > SCAN_DUE_DAYS) {
            finding(age > SCAN_STALE_DAYS ? Severity.CRITICAL : Severity.WARNING, "vulnerability-scan", null,
                    "the last vulnerability scan is " + age + " days old (due every " + SCAN_DUE_DAYS + " days)",
                    "run the image and dependency scan now and schedule it at least weekly");
        }
        devConvenience(s.plaintextCredentials(), Severity.CRITICAL, "plaintext-credentials", null,
                "credentials are stored in plaintext: anyone who reads the config or the repository has them",
                "plaintext credentials are local only on a developer machine",
                "move credentials to a secret store (Kubernetes Secrets, Vault) and rotate the exposed ones");
        devConvenience(s.corsAllOrigins(), Severity.WARNING, "cors", null,
                "CORS allows all origins: any website can call the API with the user's session",
                "CORS for all origins eases local front-end work",
                "allow only the application's own origins");
        devConvenience(s.debugEndpoints(), Severity.CRITICAL, "debug-endpoints", null,
                "debug endpoints are exposed: they leak internals and may allow changing state",
                "debug endpoints are expected while developing",
                "disable debug endpoints in this build");
    }

    private void node(Node node) {
        switch (node) {
            case AppService app when app.debugPort() != null -> devConvenience(true, Severity.CRITICAL, "debug-port", app.id(),
                    app.id() + " listens for a debugger on port " + app.debugPort()
                            + ": whoever reaches it can run code in the process",
                    app.id() + " has its debugger on port " + app.debugPort() + " for Chrome DevTools",
                    "remove the debug port (--inspect) from " + app.id() + " and close " + app.debugPort());
            case LoadBalancer lb when !lb.tls() -> devConvenience(true, Severity.WARNING, "tls", lb.id(),
                    lb.id() + " accepts plain HTTP",
                    lb.id() + " serves plain HTTP on the developer's machine",
                    "terminate TLS at " + lb.id() + " and redirect HTTP to HTTPS");
            case PostgresNode db when !db.encryptedConnections() -> finding(Severity.CRITICAL, "db-encryption",
                    db.id(), db.id() + " accepts unencrypted connections: queries and passwords cross the network readable",
                    "set ssl = on and hostssl-only rules in pg_hba.conf for " + db.id());
            default -> {
            }
        }
    }

    /** A setting Development accepts (info) and other modes must not have. */
    private void devConvenience(boolean present, Severity severity, String check, String nodeId, String risk,
                                String whyFineHere, String fix) {
        if (!present) {
            return;
        }
        if (development) {
            expected.add(new Finding(Severity.INFO, check, nodeId, whyFineHere, "before leaving development: " + fix));
        } else {
            finding(severity, check, nodeId, risk, fix);
        }
    }

    private void finding(Severity severity, String check, String nodeId, String explanation, String fix) {
        Severity capped = development && severity == Severity.CRITICAL ? Severity.WARNING : severity;
        findings.add(new Finding(capped, check, nodeId, explanation, fix));
    }
}
