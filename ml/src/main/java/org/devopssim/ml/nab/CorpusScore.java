package org.devopssim.ml.nab;

import java.util.List;

/**
 * A detector's NAB result for one profile over a set of files.
 *
 * @param normalized 100 * (raw - null) / (perfect - null): 0 for detecting nothing, 100 for perfect
 */
public record CorpusScore(NabProfile profile, double threshold, double raw, double nullScore,
                          double perfectScore, double normalized, List<FileScore> files) {
}
