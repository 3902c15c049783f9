package org.devopssim.ui.help;

/**
 * One stop of the guided tour.
 *
 * @param target where it points: a node id ({@code #play}), a tab of the bottom tabs
 *               ({@code #tab-alerts}, which the tour also selects) or a menu by its text ({@code menu:Chaos})
 */
public record TourStep(String target, String title, String text) {
}
