package org.devopssim.simulation.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.devopssim.simulation.model.Topology;

/**
 * The security findings an operator fixed during a run. The topology stays as loaded (it is the
 * file the user opened); the run's posture is its audit minus what was fixed since.
 */
public final class Hardening {

    private final PostureReport initial;
    private final List<Finding> fixed = new ArrayList<>();

    public Hardening(Topology topology) {
        this.initial = PostureAudit.audit(topology);
    }

    /**
     * Fixes the open findings of one check: on one node, or wherever it is found when
     * {@code nodeId} is null. Returns what was fixed; throws when there is nothing to fix.
     */
    public List<Finding> fix(String check, String nodeId) {
        if (check == null || check.isBlank()) {
            throw new IllegalArgumentException("name the security check to fix, e.g. debug-endpoints");
        }
        List<Finding> now = open().stream()
                .filter(f -> f.check().equals(check) && (nodeId == null || nodeId.equals(f.nodeId())))
                .toList();
        if (now.isEmpty()) {
            throw new IllegalArgumentException("no open " + check + " finding" + (nodeId == null ? "" : " on " + nodeId)
                    + " to fix; open: " + open().stream().map(Hardening::describe).toList());
        }
        fixed.addAll(now);
        return now;
    }

    /** The posture now: the findings at the start that are not fixed yet. */
    public PostureReport posture() {
        return new PostureReport(initial.mode(), open(), initial.expected());
    }

    public PostureReport initial() {
        return initial;
    }

    private List<Finding> open() {
        return initial.findings().stream().filter(f -> fixed.stream().noneMatch(x -> x == f)).toList();
    }

    private static String describe(Finding f) {
        return f.check() + (f.nodeId() == null ? "" : "@" + Objects.toString(f.nodeId()));
    }
}
