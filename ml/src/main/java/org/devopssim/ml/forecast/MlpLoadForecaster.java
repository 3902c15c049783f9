package org.devopssim.ml.forecast;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.util.Arrays;
import org.devopssim.simulation.spi.Forecast;
import org.devopssim.simulation.spi.LoadForecaster;
import org.devopssim.simulation.spi.SeriesWindow;

/**
 * A learned load forecaster: a small neural network (DJL on PyTorch; a multilayer perceptron as shipped,
 * or another {@link Architecture}) reads normalised recent samples, yesterday's samples at the forecast
 * times and the time of day and week, and predicts the 10%, 50% and 90% quantiles of every step ahead at
 * once. Immutable once built; safe to share.
 */
public final class MlpLoadForecaster implements LoadForecaster, AutoCloseable {

    public static final String SOURCE = "MLP quantile forecaster (DJL PyTorch)";

    private final Model model;
    private final ForecastSpec spec;
    private final String source;

    MlpLoadForecaster(Model model, ForecastSpec spec) {
        this(model, spec, sourceOf(spec.architecture()));
    }

    /** {@link #SOURCE} for the MLP, the same words with another architecture's name otherwise. */
    static String sourceOf(Architecture architecture) {
        return architecture == Architecture.MLP ? SOURCE : architecture.title() + " quantile forecaster (DJL PyTorch)";
    }

    private MlpLoadForecaster(Model model, ForecastSpec spec, String source) {
        this.model = model;
        this.spec = spec;
        this.source = source;
    }

    /**
     * The same network (shared, not copied: close only one of them) named with a version, e.g.
     * "shipped v1" or "online v4", which forecasts carry in {@link Forecast#source()}.
     */
    public MlpLoadForecaster labelled(String version) {
        return new MlpLoadForecaster(model, spec, sourceOf(spec.architecture()) + ", " + version);
    }

    /** What forecasts of this model name as their source. */
    public String source() {
        return source;
    }

    /** Weights and biases of the network. */
    public long parameterCount() {
        long count = 0;
        for (var p : model.getBlock().getParameters()) {
            count += p.getValue().getArray().size();
        }
        return count;
    }

    public ForecastSpec spec() {
        return spec;
    }

    Model model() {
        return model;
    }

    /** Whether this model can forecast from that history: same step, enough samples, horizon within reach. */
    public boolean fits(SeriesWindow history, int horizonSteps) {
        return history.stepSeconds() == spec.stepSeconds() && history.size() >= spec.historyNeeded()
                && horizonSteps >= 1 && horizonSteps <= spec.horizon();
    }

    @Override
    public Forecast forecast(SeriesWindow history, int horizonSteps) {
        if (!fits(history, horizonSteps)) {
            throw new IllegalArgumentException("model for step " + spec.stepSeconds() + " s, horizon <= "
                    + spec.horizon() + ", history >= " + spec.historyNeeded() + " does not fit step "
                    + history.stepSeconds() + " s, horizon " + horizonSteps + ", history " + history.size());
        }
        double[] values = history.values();
        int last = values.length - 1;
        ForecastFeatures.Scale scale = ForecastFeatures.scale(values, last, spec);
        float[] input = new float[spec.inputs()];
        ForecastFeatures.inputs(values, last, history.lastTimestamp(), spec, scale, input);
        float[] out = predict(new float[][] {input})[0];
        double[] low = new double[horizonSteps];
        double[] median = new double[horizonSteps];
        double[] high = new double[horizonSteps];
        for (int h = 0; h < horizonSteps; h++) {
            double[] q = quantilesOfStep(out, h);
            low[h] = scale.restore(q[0]);
            median[h] = scale.restore(q[1]);
            high[h] = scale.restore(q[2]);
        }
        return new Forecast(history.lastTimestamp() + history.stepSeconds(), history.stepSeconds(), low, median, high, source);
    }

    /** The three quantiles of one step, sorted: independently learned outputs may cross. */
    static double[] quantilesOfStep(float[] out, int step) {
        int k = ForecastSpec.QUANTILES.length;
        double[] q = new double[k];
        for (int j = 0; j < k; j++) {
            q[j] = out[step * k + j];
        }
        Arrays.sort(q);
        return q;
    }

    /** Runs the network on normalised inputs, one row each; outputs are {@code [step][quantile]} flattened. */
    float[][] predict(float[][] inputs) {
        float[] flat = new float[inputs.length * spec.inputs()];
        for (int i = 0; i < inputs.length; i++) {
            System.arraycopy(inputs[i], 0, flat, i * spec.inputs(), spec.inputs());
        }
        try (NDManager manager = model.getNDManager().newSubManager()) {
            NDArray x = manager.create(flat, new Shape(inputs.length, spec.inputs()));
            NDList y = model.getBlock().forward(new ParameterStore(manager, false), new NDList(x), false);
            float[] all = y.singletonOrThrow().toFloatArray();
            float[][] rows = new float[inputs.length][];
            for (int i = 0; i < inputs.length; i++) {
                rows[i] = Arrays.copyOfRange(all, i * spec.outputs(), (i + 1) * spec.outputs());
            }
            return rows;
        }
    }

    @Override
    public void close() {
        model.close();
    }
}
