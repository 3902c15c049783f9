package org.devopssim.ml.forecast;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.recurrent.RecurrentBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * A recurrent cell over the lag part of the feature row (oldest lag first, one value per time step); its
 * output after the newest lag is joined with the rest of the row (yesterday's movement over the forecast
 * period and the clock) and goes through one ReLU layer to the quantiles. It takes the same flat rows as
 * the other architectures, so training, features and model files stay shared.
 */
final class RecurrentQuantileNetwork extends AbstractBlock {

    private static final byte VERSION = 1;

    private final int lags;
    private final int others;
    private final int hidden;
    private final RecurrentBlock recurrent;
    private final Block head;

    RecurrentQuantileNetwork(ForecastSpec spec, RecurrentBlock cell) {
        super(VERSION);
        this.lags = spec.lags();
        this.others = spec.inputs() - spec.lags();
        this.hidden = spec.hidden();
        this.recurrent = addChildBlock("recurrent", cell);
        this.head = addChildBlock("head", new SequentialBlock()
                .add(Linear.builder().setUnits(spec.hidden()).build())
                .add(Activation::relu)
                .add(Linear.builder().setUnits(spec.outputs()).build()));
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray row = inputs.singletonOrThrow();
        long batch = row.getShape().get(0);
        NDArray sequence = row.get(":, :" + lags).reshape(batch, lags, 1);
        NDArray rest = row.get(":, " + lags + ":");
        NDArray steps = recurrent.forward(store, new NDList(sequence), training, params).head(); // [batch, lags, hidden]
        NDArray newest = steps.get(":, -1, :");
        return head.forward(store, new NDList(newest.concat(rest, 1)), training, params);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        long batch = inputShapes[0].get(0);
        return head.getOutputShapes(new Shape[] {new Shape(batch, hidden + others)});
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        long batch = inputShapes[0].get(0);
        recurrent.initialize(manager, dataType, new Shape(batch, lags, 1));
        head.initialize(manager, dataType, new Shape(batch, hidden + others));
    }
}
