package org.devopssim.ml.rl;

import java.util.Arrays;

/**
 * A small fully connected network (ReLU between layers, linear output) evaluated in plain Java from
 * exported weights: one decision is a few thousand multiply-adds, microseconds, with no native call.
 * Immutable.
 *
 * @param sizes   layer widths, inputs first, outputs last
 * @param weights per layer {@code [out][in]} row-major
 * @param biases  per layer {@code [out]}
 */
public record PolicyNetwork(int[] sizes, float[][] weights, float[][] biases) {

    public PolicyNetwork {
        if (sizes.length < 2 || weights.length != sizes.length - 1 || biases.length != sizes.length - 1) {
            throw new IllegalArgumentException("a network needs at least two layer sizes and weights between them");
        }
        for (int l = 0; l < weights.length; l++) {
            if (sizes[l] < 1 || sizes[l + 1] < 1 || weights[l].length != sizes[l] * sizes[l + 1]
                    || biases[l].length != sizes[l + 1]) {
                throw new IllegalArgumentException("layer " + l + ": weights do not match sizes " + Arrays.toString(sizes));
            }
        }
    }

    public int inputs() {
        return sizes[0];
    }

    public int outputs() {
        return sizes[sizes.length - 1];
    }

    public int parameterCount() {
        int n = 0;
        for (int l = 0; l < weights.length; l++) {
            n += weights[l].length + biases[l].length;
        }
        return n;
    }

    /** The outputs (Q-values) for one input row. */
    public float[] forward(float[] input) {
        float[] x = input;
        for (int l = 0; l < weights.length; l++) {
            int in = sizes[l];
            int out = sizes[l + 1];
            float[] w = weights[l];
            float[] y = new float[out];
            boolean hidden = l < weights.length - 1;
            for (int o = 0; o < out; o++) {
                float sum = biases[l][o];
                int row = o * in;
                for (int k = 0; k < in; k++) {
                    sum += w[row + k] * x[k];
                }
                y[o] = hidden && sum < 0 ? 0 : sum;
            }
            x = y;
        }
        return x;
    }

    /** The index of the largest output (the first on ties). */
    public int best(float[] input) {
        return argmax(forward(input));
    }

    static int argmax(float[] values) {
        int best = 0;
        for (int k = 1; k < values.length; k++) {
            if (values[k] > values[best]) {
                best = k;
            }
        }
        return best;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PolicyNetwork p && Arrays.equals(sizes, p.sizes) && Arrays.deepEquals(weights, p.weights)
                && Arrays.deepEquals(biases, p.biases);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(sizes) * 31 + Arrays.deepHashCode(weights);
    }

    @Override
    public String toString() {
        return "PolicyNetwork" + Arrays.toString(sizes);
    }
}
