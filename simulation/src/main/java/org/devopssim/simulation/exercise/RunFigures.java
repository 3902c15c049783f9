package org.devopssim.simulation.exercise;

import java.util.Arrays;
import java.util.List;
import org.devopssim.simulation.engine.DataLayer;
import org.devopssim.simulation.security.PostureReport;

/**
 * What a graded run produced, second by second where objectives need it.
 *
 * @param availability      percent of all requests that succeeded over the exercise
 * @param errorRate         per second: percent of that second's requests that failed
 * @param latencyP95Ms      per second: the system's end-to-end p95
 * @param replicaLagSeconds per second: the largest replication lag of any database
 * @param cost              dollars spent over the exercise
 * @param incidentSeconds   when each timeline incident began, in timeline order
 */
record RunFigures(long seconds, double availability, double[] errorRate, double[] latencyP95Ms,
                  double[] replicaLagSeconds, double cost, List<DataLayer.Recovery> recoveries,
                  PostureReport postureAtStart, PostureReport postureAtEnd, long[] incidentSeconds,
                  List<String> incidentNames) {

    /** The p-th percentile (0..100) of a per-second series, nearest rank. */
    static double percentile(double[] series, double p) {
        if (series.length == 0) {
            return 0;
        }
        double[] sorted = series.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.clamp(rank, 0, sorted.length - 1)];
    }
}
