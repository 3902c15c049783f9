package org.devopssim.simulation.logs;

/** The level of a log line, least severe first. */
public enum LogLevel {
    DEBUG, INFO, WARN, ERROR;

    public boolean atLeast(LogLevel other) {
        return compareTo(other) >= 0;
    }

    /** Lower case, as log shippers print it. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
