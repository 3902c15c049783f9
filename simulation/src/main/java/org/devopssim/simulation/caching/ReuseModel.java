package org.devopssim.simulation.caching;

/**
 * An online logistic regression that predicts whether a key will be asked for again soon, from what
 * the cache knows of it when it is asked: how often it was asked lately (a decayed count), how long
 * ago it was last asked, whether it was seen at all, and its size class. Trained one example at a
 * time by stochastic gradient descent as labels become known (see {@link QueryCacheModel}).
 */
public final class ReuseModel {

    public static final int FEATURES = 5;
    private static final double LEARNING_RATE = 0.02;

    private final double[] weights = new double[FEATURES];
    private double bias;
    private long examples;

    /** Probability of re-use for these features. */
    public double predict(float[] x) {
        return 1 / (1 + Math.exp(-logit(x)));
    }

    /** The log-odds of re-use: ranks keys as {@link #predict} does, without the exponential. */
    public double logit(float[] x) {
        double z = bias;
        for (int k = 0; k < FEATURES; k++) {
            z += weights[k] * x[k];
        }
        return z;
    }

    /** One gradient step on the log loss. */
    public void learn(float[] x, boolean reused) {
        double error = (reused ? 1 : 0) - predict(x);
        for (int k = 0; k < FEATURES; k++) {
            weights[k] += LEARNING_RATE * error * x[k];
        }
        bias += LEARNING_RATE * error;
        examples++;
    }

    public long examples() {
        return examples;
    }

    public double[] weights() {
        return weights.clone();
    }

    public double bias() {
        return bias;
    }
}
