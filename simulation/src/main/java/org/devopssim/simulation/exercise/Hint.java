package org.devopssim.simulation.exercise;

/** A hint shown to the student at a simulated second. */
public record Hint(long second, String text) {
}
