package org.devopssim.simulation.alerting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.devopssim.simulation.security.Finding;
import org.devopssim.simulation.security.PostureReport;

/**
 * A run's reliability and security in a few figures, for headless output ({@code devops-sim run
 * --json} serialises the record as it is): alerts fired and resolved, what still fires, the error
 * budget left per SLO and service, and the posture findings.
 *
 * @param firingNow alerts firing at the end, as {@code name@node}
 */
public record ReliabilityReport(long seconds, int alertsFired, int alertsResolved, List<String> firingNow,
                                int notificationsSent, List<Budget> budgets, List<Finding> findings) {

    /** @param budgetRemaining share of the error budget left (1 untouched, negative overspent) */
    public record Budget(String slo, String service, String objective, double goodPercent, double budgetRemaining) {
    }

    public ReliabilityReport {
        firingNow = List.copyOf(firingNow);
        budgets = List.copyOf(budgets);
        findings = List.copyOf(findings);
    }

    /** @param posture the audit, or null when none was run */
    public static ReliabilityReport of(AlertView view, PostureReport posture) {
        List<Budget> budgets = view.slos().stream().map(s -> new Budget(s.slo(), s.service(), s.objective(),
                s.goodPercent(), s.budgetRemaining())).toList();
        List<String> firing = view.firing().stream().map(a -> a.name() + "@" + a.nodeId()).toList();
        return new ReliabilityReport(view.second() + 1, view.firedTotal(), view.resolvedTotal(), firing,
                view.notifications().size(), budgets, posture == null ? List.of() : posture.findings());
    }

    /** Plain-text lines for a terminal. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("alerts: %d fired, %d resolved, %d firing now%s".formatted(alertsFired, alertsResolved,
                firingNow.size(), firingNow.isEmpty() ? "" : " " + firingNow));
        for (Budget b : budgets) {
            lines.add(String.format(Locale.ROOT, "slo %s on %s (%s): %.3f%% good, %.0f%% of error budget left",
                    b.slo(), b.service(), b.objective(), b.goodPercent(), 100 * b.budgetRemaining()));
        }
        for (Finding f : findings) {
            lines.add("security %s %s%s: %s; fix: %s".formatted(f.severity().name().toLowerCase(Locale.ROOT),
                    f.check(), f.nodeId() == null ? "" : " on " + f.nodeId(), f.explanation(), f.fix()));
        }
        return List.copyOf(lines);
    }
}
