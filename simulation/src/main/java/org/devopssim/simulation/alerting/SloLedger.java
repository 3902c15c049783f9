package org.devopssim.simulation.alerting;

/**
 * Request counts of one service against one SLO: running totals of all and bad requests, with the
 * totals kept at each minute boundary in a ring, so the bad share over any window up to the ring's
 * length is two subtractions.
 */
final class SloLedger {

    final ServiceLevelObjective slo;
    final String service;
    private final long startSecond;
    private final double[] totalAtMinute;
    private final double[] badAtMinute;
    private double total;
    private double bad;
    private long second = -1;

    SloLedger(ServiceLevelObjective slo, String service, long longestWindowSeconds, long startSecond) {
        this.slo = slo;
        this.service = service;
        this.startSecond = startSecond;
        int minutes = (int) Math.ceilDiv(Math.max(longestWindowSeconds, slo.windowSeconds()), 60) + 2;
        this.totalAtMinute = new double[minutes];
        this.badAtMinute = new double[minutes];
    }

    /** Counts one second's requests; called once per second, in order. */
    void record(long now, double requests, double badRequests) {
        long elapsed = now - startSecond;
        if (elapsed % 60 == 0) {
            int slot = (int) ((elapsed / 60) % totalAtMinute.length);
            totalAtMinute[slot] = total;
            badAtMinute[slot] = bad;
        }
        second = now;
        total += Math.max(0, requests);
        bad += Math.min(Math.max(0, badRequests), Math.max(0, requests));
    }

    /**
     * Bad share of requests over at least the last {@code windowSeconds} (up to 59 s more, as the
     * window starts at a minute boundary; less at the start); 0 without requests.
     */
    double badRatio(long windowSeconds) {
        if (second < 0) {
            return 0;
        }
        long recorded = second - startSecond + 1;
        // A window longer than the ring (an alert added after the ledger was made) reads what is held.
        long window = Math.min(windowSeconds, (totalAtMinute.length - 2) * 60L);
        long from = Math.floorDiv(recorded - window, 60);
        double t0 = 0;
        double b0 = 0;
        if (from > 0) {
            int slot = (int) (from % totalAtMinute.length);
            t0 = totalAtMinute[slot];
            b0 = badAtMinute[slot];
        }
        double t = total - t0;
        return t > 0 ? (bad - b0) / t : 0;
    }

    /** True once the ledger has counted at least {@code windowSeconds} seconds. */
    boolean covers(long windowSeconds) {
        return second >= 0 && second - startSecond + 1 >= windowSeconds;
    }

    /** How many times faster than sustainable the budget burned over the window. */
    double burnRate(long windowSeconds) {
        return badRatio(windowSeconds) / slo.budgetRatio();
    }

    SloStatus status() {
        double badShare = badRatio(slo.windowSeconds());
        return new SloStatus(slo.name(), service, slo.describe(), slo.targetPercent(), slo.windowSeconds(),
                100 * (1 - badShare), 1 - badShare / slo.budgetRatio(), burnRate(3600));
    }
}
