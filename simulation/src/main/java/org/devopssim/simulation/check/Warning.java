package org.devopssim.simulation.check;

/**
 * One thing the topology check found.
 *
 * @param level  an error keeps the topology from being simulated; a warning is a design risk
 * @param code   a stable name for the kind of finding, e.g. "single-point-of-failure"
 * @param nodeId the node it is about, or null when it is about the whole topology
 * @param message what is wrong and why it matters, naming the node
 */
public record Warning(Level level, String code, String nodeId, String message) {

    public enum Level {
        ERROR, WARNING
    }
}
