package org.devopssim.ml.data;

/** One row of a metric series CSV. */
public record SeriesSample(long line, long epochSeconds, double value) {
}
