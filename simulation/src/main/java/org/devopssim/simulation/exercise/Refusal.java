package org.devopssim.simulation.exercise;

/** A student action that was not applied, and why. */
public record Refusal(long second, String action, String reason) {
}
