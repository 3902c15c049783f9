package org.devopssim.simulation.spi;

/** Makes online anomaly scorers, one per metric series; every series gets the same parameters. */
public interface AnomalyDetector {

    /** A fresh scorer with no history. */
    AnomalyScorer newScorer();

    /** Scores the samples of one series as they arrive. */
    interface AnomalyScorer {
        /**
         * @return the anomaly score in [0,1] of this sample, using this and earlier samples only
         */
        double score(long epochSeconds, double value);
    }
}
