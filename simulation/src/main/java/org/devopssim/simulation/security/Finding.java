package org.devopssim.simulation.security;

import org.devopssim.simulation.events.Severity;

/**
 * One result of the posture audit.
 *
 * @param check       stable kebab-case name of the check, e.g. {@code plaintext-credentials}
 * @param nodeId      the node it concerns, or null for the whole system
 * @param explanation one line: what is wrong (or, for an expected setting, why it is fine here)
 * @param fix         one line: what to change
 */
public record Finding(Severity severity, String check, String nodeId, String explanation, String fix) {
}
