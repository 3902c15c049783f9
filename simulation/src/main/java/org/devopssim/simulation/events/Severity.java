package org.devopssim.simulation.events;

public enum Severity {
    INFO, WARNING, CRITICAL
}
