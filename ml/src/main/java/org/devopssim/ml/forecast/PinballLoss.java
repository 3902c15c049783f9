package org.devopssim.ml.forecast;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;

/**
 * Quantile (pinball) loss over predictions laid out as {@code [batch, horizon * quantiles]} against labels
 * {@code [batch, horizon]}: each output learns its own quantile, giving a median and a band in one pass.
 */
final class PinballLoss extends Loss {

    private final float[] quantiles;

    PinballLoss(float[] quantiles) {
        super("pinball");
        this.quantiles = quantiles.clone();
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        NDArray prediction = predictions.singletonOrThrow();
        long batch = prediction.getShape().get(0);
        NDArray predicted = prediction.reshape(batch, -1, quantiles.length);
        NDArray label = labels.singletonOrThrow().reshape(batch, -1, 1);
        NDArray q = prediction.getManager().create(quantiles);
        NDArray error = label.sub(predicted);
        return error.mul(q).maximum(error.mul(q.sub(1f))).mean();
    }
}
