package org.devopssim.ml.nab;

/** NAB's raw score of one file at one threshold, with its row counts (probation excluded). */
public record FileScore(String name, double score, int tp, int tn, int fp, int fn, int windows) {
}
