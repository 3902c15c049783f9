package org.devopssim.simulation.model;

/**
 * The security settings of the seed's security overview, audited against the mode.
 *
 * @param vulnerabilityScanAgeDays days since the last vulnerability scan
 */
public record Security(boolean tlsEnforced, boolean rbac, boolean plaintextCredentials,
                       boolean corsAllOrigins, boolean debugEndpoints, int vulnerabilityScanAgeDays) {
}
