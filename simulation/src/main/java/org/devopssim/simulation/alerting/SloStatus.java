package org.devopssim.simulation.alerting;

/**
 * Where one service stands against one SLO, over the part of the window simulated so far.
 *
 * @param service            node id, or {@code system}
 * @param goodPercent        good requests over the window, percent (100 before any request)
 * @param budgetRemaining    share of the error budget left: 1 untouched, 0 spent, negative overspent
 * @param burnRateLastHour   how fast the budget burned over the last hour; 1 spends it exactly in the window
 */
public record SloStatus(String slo, String service, String objective, double targetPercent, long windowSeconds,
                        double goodPercent, double budgetRemaining, double burnRateLastHour) {
}
