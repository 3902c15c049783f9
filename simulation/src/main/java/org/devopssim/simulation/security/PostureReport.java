package org.devopssim.simulation.security;

import java.util.List;
import org.devopssim.simulation.events.Severity;
import org.devopssim.simulation.model.Mode;

/**
 * The audit of one topology against its mode.
 *
 * @param findings what should be fixed, most severe first
 * @param expected insecure settings the mode accepts (Development's local conveniences), as info
 */
public record PostureReport(Mode mode, List<Finding> findings, List<Finding> expected) {

    public PostureReport {
        findings = List.copyOf(findings);
        expected = List.copyOf(expected);
    }

    public boolean clean() {
        return findings.isEmpty();
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
