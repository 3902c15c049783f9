package org.devopssim.ml.forecast;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.util.Random;
import org.devopssim.ml.engine.PyTorchRuntime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Trains an {@link MlpLoadForecaster} on one regular series with Adam and the pinball loss. */
public final class ForecastTraining {

    private static final Logger LOG = LoggerFactory.getLogger(ForecastTraining.class);

    /** @param seed makes initial weights and batch order, hence the model, reproducible */
    public record Options(int epochs, int batchSize, float learningRate, int seed) {
        public static final Options DEFAULT = new Options(30, 64, 1e-3f, 42);
    }

    private ForecastTraining() {
    }

    /**
     * @param values         samples at {@code spec.stepSeconds()}, oldest first
     * @param firstTimestamp epoch seconds of {@code values[0]}
     */
    public static MlpLoadForecaster train(double[] values, long firstTimestamp, ForecastSpec spec, Options options) {
        int first = spec.historyNeeded() - 1;
        int count = values.length - spec.horizon() - first;
        if (count < options.batchSize()) {
            throw new IllegalArgumentException("need at least " + (spec.historyNeeded() + spec.horizon() + options.batchSize())
                    + " samples to train, got " + values.length);
        }
        float[][] inputs = new float[count][spec.inputs()];
        float[][] targets = new float[count][spec.horizon()];
        for (int s = 0; s < count; s++) {
            int last = first + s;
            ForecastFeatures.Scale scale = ForecastFeatures.scale(values, last, spec);
            ForecastFeatures.inputs(values, last, firstTimestamp + (long) last * spec.stepSeconds(), spec, scale, inputs[s]);
            for (int h = 1; h <= spec.horizon(); h++) {
                targets[s][h - 1] = (float) scale.target(values[last + h]);
            }
        }
        PyTorchRuntime.engine().setRandomSeed(options.seed());
        Model model = Model.newInstance("load-forecaster", Device.cpu(), PyTorchRuntime.ENGINE_NAME);
        try {
            model.setBlock(MlpLoadForecaster.newBlock(spec));
            DefaultTrainingConfig config = new DefaultTrainingConfig(new PinballLoss(ForecastSpec.QUANTILES))
                    .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed(options.learningRate())).build())
                    .optDevices(new Device[] {Device.cpu()});
            try (Trainer trainer = model.newTrainer(config)) {
                trainer.initialize(new Shape(1, spec.inputs()));
                Random random = new Random(options.seed());
                int[] order = new int[count];
                for (int i = 0; i < count; i++) {
                    order[i] = i;
                }
                for (int epoch = 0; epoch < options.epochs(); epoch++) {
                    shuffle(order, random);
                    double lossSum = 0;
                    int batches = 0;
                    for (int from = 0; from + options.batchSize() <= count; from += options.batchSize()) {
                        lossSum += step(trainer, inputs, targets, order, from, options.batchSize(), spec);
                        batches++;
                    }
                    LOG.debug("epoch {} pinball loss {}", epoch, lossSum / batches);
                }
            }
            return new MlpLoadForecaster(model, spec);
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
    }

    private static double step(Trainer trainer, float[][] inputs, float[][] targets, int[] order, int from, int size,
                               ForecastSpec spec) {
        float[] x = new float[size * spec.inputs()];
        float[] y = new float[size * spec.horizon()];
        for (int b = 0; b < size; b++) {
            System.arraycopy(inputs[order[from + b]], 0, x, b * spec.inputs(), spec.inputs());
            System.arraycopy(targets[order[from + b]], 0, y, b * spec.horizon(), spec.horizon());
        }
        try (NDManager batch = trainer.getManager().newSubManager()) {
            NDArray input = batch.create(x, new Shape(size, spec.inputs()));
            NDArray label = batch.create(y, new Shape(size, spec.horizon()));
            float loss;
            try (GradientCollector collector = trainer.newGradientCollector()) {
                NDList predicted = trainer.forward(new NDList(input));
                NDArray value = trainer.getLoss().evaluate(new NDList(label), predicted);
                collector.backward(value);
                loss = value.getFloat();
            }
            trainer.step(); // outside the collector: the optimizer's in-place updates must not be recorded
            return loss;
        }
    }

    private static void shuffle(int[] a, Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
