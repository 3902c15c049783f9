package org.devopssim.simulation.exercise;

/**
 * One objective's result in a grade.
 *
 * @param credit  share of the objective's weight earned, 0..1
 * @param weight  the objective's share of the score, in points out of 100
 * @param points  {@code credit * weight}
 * @param figures what was measured, in words, e.g. "99.82% of requests succeeded (target 99.5%)"
 */
public record ObjectiveResult(String objective, String description, Outcome outcome, double credit, double weight,
                              double points, String figures) {
}
