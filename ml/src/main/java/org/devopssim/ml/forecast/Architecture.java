package org.devopssim.ml.forecast;

import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The network between the features ({@link ForecastFeatures}) and the quantiles: every architecture reads
 * the same inputs, predicts the same outputs and is trained by the same code with the same pinball loss,
 * so they can be compared on equal terms (see {@code compare-forecasters}).
 */
public enum Architecture {
    /** One linear layer: quantile regression on the features. The baseline for "does depth help". */
    LINEAR("linear", "linear"),
    /** Two ReLU hidden layers of {@link ForecastSpec#hidden()} units (the shipped model). */
    MLP("mlp", "MLP"),
    /** An LSTM over the lag sequence; its last state, yesterday's movement and the clock feed a ReLU layer. */
    LSTM("lstm", "LSTM"),
    /** As {@link #LSTM} with a GRU cell. */
    GRU("gru", "GRU");

    private final String id;
    private final String title;

    Architecture(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** The name used on the command line and in model files. */
    public String id() {
        return id;
    }

    /** How forecasts and reports name it. */
    public String title() {
        return title;
    }

    /** @throws IllegalArgumentException naming the accepted names */
    public static Architecture of(String id) {
        for (Architecture a : values()) {
            if (a.id.equals(id.trim().toLowerCase(Locale.ROOT))) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown architecture '" + id + "', expected one of " + names());
    }

    /** The accepted names, comma separated. */
    public static String names() {
        return Arrays.stream(values()).map(Architecture::id).collect(Collectors.joining(", "));
    }

    /** A fresh, uninitialised network for that spec: input {@code [batch, spec.inputs()]}, output {@code [batch, spec.outputs()]}. */
    Block newBlock(ForecastSpec spec) {
        return switch (this) {
            case LINEAR -> new SequentialBlock().add(Linear.builder().setUnits(spec.outputs()).build());
            case MLP -> new SequentialBlock()
                    .add(Linear.builder().setUnits(spec.hidden()).build())
                    .add(Activation::relu)
                    .add(Linear.builder().setUnits(spec.hidden()).build())
                    .add(Activation::relu)
                    .add(Linear.builder().setUnits(spec.outputs()).build());
            case LSTM -> new RecurrentQuantileNetwork(spec, ai.djl.nn.recurrent.LSTM.builder().setStateSize(spec.hidden())
                    .setNumLayers(1).optBatchFirst(true).optReturnState(false).build());
            case GRU -> new RecurrentQuantileNetwork(spec, ai.djl.nn.recurrent.GRU.builder().setStateSize(spec.hidden())
                    .setNumLayers(1).optBatchFirst(true).optReturnState(false).build());
        };
    }
}
