package org.devopssim.ml.live;

import java.time.Instant;

/**
 * One training round of the online trainer.
 *
 * @param version         1, 2, ... in the order rounds finished; the installed model is named after it
 * @param finishedAt      wall-clock time the round finished
 * @param simulatedSecond the run's clock when the data was taken
 * @param samples         training samples (forecast origins) used
 * @param trainingLoss    mean pinball loss of the last epoch (normalised units)
 * @param validationMae   the candidate's mean absolute error on held-out recent minutes (requests/s)
 * @param servingMae      the same for what served before (the previous model or the statistical fallback)
 * @param installed       whether the candidate replaced what served (it must not be worse on validation)
 * @param trainingMillis  wall time of the round
 */
public record ModelVersion(int version, Instant finishedAt, long simulatedSecond, int samples, double trainingLoss,
                           double validationMae, double servingMae, boolean installed, long trainingMillis) {
}
