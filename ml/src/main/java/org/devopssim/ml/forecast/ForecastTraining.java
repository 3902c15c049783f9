package org.devopssim.ml.forecast;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.Random;
import org.devopssim.ml.engine.PyTorchRuntime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains an {@link MlpLoadForecaster} of any {@link Architecture} on regular series with Adam and the
 * pinball loss, from fresh weights or continuing from a model (online training).
 */
public final class ForecastTraining {

    private static final Logger LOG = LoggerFactory.getLogger(ForecastTraining.class);
    /** Trainings in one JVM take turns: see {@link PyTorchRuntime#GRADIENTS}. */
    private static final java.util.concurrent.locks.ReentrantLock ONE_AT_A_TIME = PyTorchRuntime.GRADIENTS;

    /** @param seed makes initial weights and batch order, hence the model, reproducible */
    public record Options(int epochs, int batchSize, float learningRate, int seed) {
        public static final Options DEFAULT = new Options(30, 64, 1e-3f, 42);
    }

    private ForecastTraining() {
    }

    /** One regular series to learn from. */
    public record Series(double[] values, long firstTimestamp) {
    }

    /** A trained model with the mean pinball loss of its first and last epoch (in normalised units). */
    public record Trained(MlpLoadForecaster forecaster, double lastEpochLoss, int samples, double firstEpochLoss) {
    }

    /**
     * @param values         samples at {@code spec.stepSeconds()}, oldest first
     * @param firstTimestamp epoch seconds of {@code values[0]}
     */
    public static MlpLoadForecaster train(double[] values, long firstTimestamp, ForecastSpec spec, Options options) {
        return train(java.util.List.of(new Series(values, firstTimestamp)), spec, options, null).forecaster();
    }

    /** How many training samples a series gives at that spec (0 when it is too short). */
    public static int samplesOf(int length, ForecastSpec spec) {
        return Math.max(0, length - spec.horizon() - (spec.historyNeeded() - 1));
    }

    /**
     * Trains on several series at once (every origin of every series is one sample).
     *
     * @param start a model to continue from (its weights are copied; it stays usable), or null for fresh weights
     */
    public static Trained train(java.util.List<Series> series, ForecastSpec spec, Options options, MlpLoadForecaster start) {
        ONE_AT_A_TIME.lock();
        try {
            return trainAlone(series, spec, options, start);
        } finally {
            ONE_AT_A_TIME.unlock();
        }
    }

    private static Trained trainAlone(java.util.List<Series> series, ForecastSpec spec, Options options,
                                      MlpLoadForecaster start) {
        if (start != null && !start.spec().equals(spec)) {
            throw new IllegalArgumentException("cannot continue a model of spec " + start.spec() + " as " + spec);
        }
        int count = 0;
        for (Series s : series) {
            count += samplesOf(s.values().length, spec);
        }
        if (count < options.batchSize()) {
            throw new IllegalArgumentException("need at least " + (spec.historyNeeded() + spec.horizon() + options.batchSize())
                    + " samples to train, got " + count + " training origins");
        }
        float[][] inputs = new float[count][spec.inputs()];
        float[][] targets = new float[count][spec.horizon()];
        int row = 0;
        int first = spec.historyNeeded() - 1;
        for (Series ser : series) {
            double[] values = ser.values();
            int n = samplesOf(values.length, spec);
            for (int s = 0; s < n; s++, row++) {
                int last = first + s;
                ForecastFeatures.Scale scale = ForecastFeatures.scale(values, last, spec);
                ForecastFeatures.inputs(values, last, ser.firstTimestamp() + (long) last * spec.stepSeconds(), spec, scale,
                        inputs[row]);
                for (int h = 1; h <= spec.horizon(); h++) {
                    targets[row][h - 1] = (float) scale.target(values[last + h]);
                }
            }
        }
        byte[] initial = start == null ? null : ForecastModelFile.parameters(start);
        PyTorchRuntime.engine().setRandomSeed(options.seed());
        Model model = Model.newInstance("load-forecaster", Device.cpu(), PyTorchRuntime.ENGINE_NAME);
        try {
            Block block = spec.architecture().newBlock(spec);
            if (initial != null) {
                block.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, spec.inputs()));
                try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(initial))) {
                    block.loadParameters(model.getNDManager(), in);
                } catch (IOException | MalformedModelException e) {
                    throw new IllegalStateException("could not copy the model's weights", e);
                }
            }
            model.setBlock(block);
            DefaultTrainingConfig config = new DefaultTrainingConfig(new PinballLoss(ForecastSpec.QUANTILES))
                    .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed(options.learningRate())).build())
                    .optDevices(new Device[] {Device.cpu()});
            double firstLoss = Double.NaN;
            double lastLoss = Double.NaN;
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
                    lastLoss = lossSum / batches;
                    if (epoch == 0) {
                        firstLoss = lastLoss;
                    }
                    LOG.debug("epoch {} pinball loss {}", epoch, lastLoss);
                }
            }
            return new Trained(new MlpLoadForecaster(model, spec), lastLoss, count, firstLoss);
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
    }

    /**
     * One optimiser step on a batch of {@code batchSize} random samples, for the benchmark: returns the
     * average wall time in nanoseconds of {@code steps} steps after {@code warmup} unmeasured ones.
     */
    public static double timeTrainingStep(ForecastSpec spec, int batchSize, int warmup, int steps, long seed) {
        ONE_AT_A_TIME.lock();
        try {
            return timeAlone(spec, batchSize, warmup, steps, seed);
        } finally {
            ONE_AT_A_TIME.unlock();
        }
    }

    private static double timeAlone(ForecastSpec spec, int batchSize, int warmup, int steps, long seed) {
        Random random = new Random(seed);
        float[][] inputs = new float[batchSize][spec.inputs()];
        float[][] targets = new float[batchSize][spec.horizon()];
        for (int i = 0; i < batchSize; i++) {
            for (int j = 0; j < spec.inputs(); j++) {
                inputs[i][j] = (float) random.nextGaussian();
            }
            for (int j = 0; j < spec.horizon(); j++) {
                targets[i][j] = (float) random.nextGaussian();
            }
        }
        int[] order = new int[batchSize];
        for (int i = 0; i < batchSize; i++) {
            order[i] = i;
        }
        try (Model model = Model.newInstance("load-forecaster", Device.cpu(), PyTorchRuntime.engine().getEngineName())) {
            model.setBlock(spec.architecture().newBlock(spec));
            DefaultTrainingConfig config = new DefaultTrainingConfig(new PinballLoss(ForecastSpec.QUANTILES))
                    .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed(1e-3f)).build())
                    .optDevices(new Device[] {Device.cpu()});
            try (Trainer trainer = model.newTrainer(config)) {
                trainer.initialize(new Shape(1, spec.inputs()));
                for (int i = 0; i < warmup; i++) {
                    step(trainer, inputs, targets, order, 0, batchSize, spec);
                }
                long t0 = System.nanoTime();
                for (int i = 0; i < steps; i++) {
                    step(trainer, inputs, targets, order, 0, batchSize, spec);
                }
                return (System.nanoTime() - t0) / (double) steps;
            }
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
