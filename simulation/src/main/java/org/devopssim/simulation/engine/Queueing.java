package org.devopssim.simulation.engine;

/**
 * Waiting time in an M/M/c queue, in closed form so it costs the same for 2 servers or 2,000.
 *
 * <p>The probability of waiting uses Sakasegawa's approximation {@code P(wait) ~ rho^(sqrt(2(c+1))-1)},
 * which is exact for c = 1 and within a few percent of Erlang C elsewhere; given a wait, it is
 * exponential with rate {@code c*mu - lambda}. So latency stays near the service time at low load
 * and climbs steeply as utilisation nears 1.
 */
public final class Queueing {

    /** Utilisation above which the closed form is clamped; beyond 1 the backlog model takes over. */
    static final double MAX_RHO = 0.999;

    private Queueing() {
    }

    /** Probability that an arriving request has to wait. */
    public static double waitProbability(double rho, int servers) {
        return waitProbability(rho, exponent(servers));
    }

    /** The exponent of Sakasegawa's formula for a number of servers; callers may cache it. */
    static double exponent(int servers) {
        return Math.sqrt(2.0 * (servers + 1)) - 1.0;
    }

    static double waitProbability(double rho, double exponent) {
        if (rho <= 0) {
            return 0;
        }
        return Math.min(1.0, Math.pow(Math.min(rho, MAX_RHO), exponent));
    }

    /**
     * The logarithm of the probability of waiting, as {@code exponent * log(rho)}: one logarithm
     * instead of a power and a logarithm (a station needs only the logarithm, for its quantiles).
     */
    static double logWaitProbability(double rho, double exponent) {
        if (rho <= 0) {
            return Double.NEGATIVE_INFINITY;
        }
        return exponent * Math.log(Math.min(rho, MAX_RHO));
    }

    /** Mean wait in seconds, for a service time {@code serviceSeconds} on each of {@code servers}. */
    public static double meanWait(double rho, int servers, double serviceSeconds) {
        double r = Math.min(rho, MAX_RHO);
        return waitProbability(rho, servers) * serviceSeconds / (servers * (1 - r));
    }

    /** The {@code q}-quantile (0..1) of the wait in seconds. */
    public static double waitQuantile(double rho, int servers, double serviceSeconds, double q) {
        double pw = waitProbability(rho, servers);
        return waitQuantile(pw > 0 ? Math.log(pw) : Double.NEGATIVE_INFINITY, Math.log(1 - q), rho, servers, serviceSeconds);
    }

    /**
     * The same from precomputed logarithms (of the wait probability and of the tail 1 - q), so a
     * station computes one power and one logarithm a second for all its quantiles.
     */
    static double waitQuantile(double logWaitProbability, double logTail, double rho, int servers, double serviceSeconds) {
        if (logWaitProbability <= logTail) {
            return 0;
        }
        double r = Math.min(rho, MAX_RHO);
        return (logWaitProbability - logTail) * serviceSeconds / (servers * (1 - r));
    }
}
