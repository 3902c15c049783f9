package org.devopssim.ml.rl;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import ai.djl.util.Pair;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.devopssim.ml.engine.PyTorchRuntime;
import org.devopssim.ml.live.MinuteMeans;
import org.devopssim.simulation.engine.Action;
import org.devopssim.simulation.engine.NodeStatus;
import org.devopssim.simulation.engine.Simulation;
import org.devopssim.simulation.engine.SystemStatus;
import org.devopssim.simulation.model.AppService;
import org.devopssim.simulation.model.Autoscaling;
import org.devopssim.simulation.model.PriceTable;
import org.devopssim.simulation.model.Topology;
import org.devopssim.simulation.spi.LoadForecaster;
import org.devopssim.simulation.spi.ScalingAgent;
import org.devopssim.simulation.spi.ScalingState;

/**
 * Trains an autoscaling policy by deep Q-learning (DQN) in the simulator itself: the topology's autoscaled
 * services run the "rl" policy with an exploring agent for whole simulated days with random traffic
 * surges ({@link SurgeSchedule}); every 15-second decision is one transition; the Q-network (DJL on
 * PyTorch) learns from a replay buffer with a target network and double-DQN targets.
 *
 * <p>Why DQN: the action set is small and discrete (-1, 0, +1, +2), the state has nine numbers, and a
 * simulated day gives 5,760 decisions in about a second of simulation, so a value method that reuses every
 * transition many times from its replay buffer learns in minutes on two cores; a policy search over whole
 * episodes (cross-entropy, evolution) would need a simulated day per candidate per generation.
 *
 * <p>Reward per decision, in units of "the service at its maximum for 15 s": minus the instance-seconds
 * paid (ready + booting) and minus {@code violationWeight} instance-hours per minute the SLO is violated
 * (a second with the system's p95 above the threshold or its error rate above 1%). So the return is the
 * negative of instance-hours + weight x violation-minutes, the figure the comparison reports.
 */
public final class DqnTraining {

    public static final int DAY = 86_400;

    /**
     * @param days            simulated episodes of experience, each {@code episodeSeconds} long (a day)
     * @param violationWeight instance-hours one SLO-violation minute costs in the reward
     * @param sloP95Ms        the SLO's p95 latency threshold
     * @param episodeSeconds  length of one episode: a day, shorter only for quick tests
     */
    public record Options(long seed, int days, double violationWeight, double sloP95Ms, int hidden, float learningRate,
                          double gamma, int batchSize, int replayCapacity, int episodeSeconds) {

        public static Options of(long seed, int days) {
            return new Options(seed, days, 5, 300, 64, 5e-4f, 0.97, 64, 100_000, DAY);
        }

        public Options {
            if (days < 1 || hidden < 1 || batchSize < 1 || replayCapacity < batchSize || !(gamma > 0 && gamma < 1)
                    || episodeSeconds < 60 || episodeSeconds > DAY
                    || !(violationWeight >= 0) || !(sloP95Ms > 0)) {
                throw new IllegalArgumentException("training options out of range: " + this);
            }
        }
    }

    /** Where training is, reported every simulated six hours. */
    public record Progress(double daysDone, int days, long decisions, double epsilon, double meanReward, double meanLoss) {

        public double fraction() {
            return daysDone / days;
        }
    }

    private static final int WARM_UP = 2_000;
    private static final int SYNC_ACTING = 100;
    private static final int SYNC_TARGET = 1_000;
    private static final double EPSILON_END = 0.05;
    /** Share of the decisions over which exploration falls from all random to {@link #EPSILON_END}. */
    private static final double EXPLORATION_SHARE = 0.3;
    private static final int REPORT_SECONDS = 6 * 3600;

    private final Topology topology;
    private final PriceTable prices;
    private final LoadForecaster forecaster;
    private final Options options;
    private final List<String> services;
    private final int[] sizes;

    /**
     * @param forecaster the forecaster whose median the agent sees, or null (it then sees the current load)
     */
    public DqnTraining(Topology topology, PriceTable prices, LoadForecaster forecaster, Options options) {
        this.topology = topology;
        this.prices = prices;
        this.forecaster = forecaster;
        this.options = options;
        this.services = MinuteMeans.autoscaledServices(topology.nodes());
        if (services.isEmpty()) {
            throw new IllegalArgumentException(topology.name() + " has no autoscaled service to train on");
        }
        this.sizes = new int[] {ScalingFeatures.COUNT, options.hidden(), options.hidden(), ScalingAgent.ACTIONS.length};
    }

    public String description() {
        return "DQN %dx%dx%dx%d, %s, %d simulated days, seed %d, violation minute = %.1f instance-hours, SLO p95 %.0f ms"
                .formatted(sizes[0], sizes[1], sizes[2], sizes[3], topology.name(), options.days(), options.seed(),
                        options.violationWeight(), options.sloP95Ms());
    }

    /**
     * @param progress  told every six simulated hours (on the calling thread)
     * @param cancelled polled every simulated minute; when true, training stops with a {@link CancellationException}
     */
    public LearnedScalingPolicy train(Consumer<Progress> progress, BooleanSupplier cancelled) {
        PyTorchRuntime.engine().setRandomSeed((int) options.seed());
        try (Model model = Model.newInstance("rl-autoscaler", Device.cpu(), PyTorchRuntime.ENGINE_NAME)) {
            SequentialBlock block = new SequentialBlock()
                    .add(Linear.builder().setUnits(sizes[1]).build())
                    .add(Activation::relu)
                    .add(Linear.builder().setUnits(sizes[2]).build())
                    .add(Activation::relu)
                    .add(Linear.builder().setUnits(sizes[3]).build());
            model.setBlock(block);
            DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.l2Loss())
                    .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed(options.learningRate()))
                            .optClipGrad(10f).build())
                    .optDevices(new Device[] {Device.cpu()});
            try (Trainer trainer = model.newTrainer(config)) {
                trainer.initialize(new Shape(1, ScalingFeatures.COUNT));
                Learner learner = new Learner(trainer, block);
                for (int day = 0; day < options.days(); day++) {
                    learner.playDay(day, progress, cancelled);
                }
                return new LearnedScalingPolicy(learner.export(), description());
            }
        }
    }

    /** The agent, its replay buffer and the networks; lives for one training. */
    private final class Learner implements ScalingAgent {

        private final Trainer trainer;
        private final SequentialBlock block;
        private final SplittableRandom random;
        private final float[][] states;
        private final float[][] nexts;
        private final int[] actions;
        private final float[] rewards;
        private final Map<String, Pending> pending = new HashMap<>();
        private final long totalDecisions;
        private int stored;
        private int next;
        private long decisions;
        private long trainedOn;
        private long steps;
        private PolicyNetwork acting;
        private PolicyNetwork target;
        private double rewardSum;
        private long rewardCount;
        private double lossSum;
        private long lossCount;

        Learner(Trainer trainer, SequentialBlock block) {
            this.trainer = trainer;
            this.block = block;
            this.random = new SplittableRandom(options.seed());
            int cap = options.replayCapacity();
            this.states = new float[cap][];
            this.nexts = new float[cap][];
            this.actions = new int[cap];
            this.rewards = new float[cap];
            this.totalDecisions = (long) options.days() * options.episodeSeconds() / 15 * services.size();
            this.acting = export();
            this.target = acting;
        }

        void playDay(int day, Consumer<Progress> progress, BooleanSupplier cancelled) {
            long seed = options.seed() * 1_000 + day;
            Simulation sim = new Simulation(topology, seed, prices);
            if (forecaster != null) {
                sim.attachForecaster(forecaster);
            }
            sim.attachScalingAgent(this);
            int[] max = new int[services.size()];
            for (int k = 0; k < services.size(); k++) {
                Autoscaling own = ((AppService) topology.node(services.get(k)).orElseThrow()).autoscaling();
                max[k] = own.maxInstances();
                sim.apply(new Action.SetPolicy(services.get(k), new Autoscaling(Autoscaling.Policy.RL,
                        own.minInstances(), own.maxInstances(), own.targetUtilization())));
            }
            SurgeSchedule surges = new SurgeSchedule(seed, DAY);
            pending.clear();
            long length = options.episodeSeconds();
            for (long s = 0; s < length; s++) {
                if (s % 60 == 0 && cancelled.getAsBoolean()) {
                    throw new CancellationException("training cancelled after " + decisions + " decisions");
                }
                for (Action a : surges.at(s)) {
                    sim.apply(a);
                }
                sim.tick();
                SystemStatus system = sim.system();
                boolean violated = system.latencyP95Ms() > options.sloP95Ms() || system.errorRate() > 1.0;
                for (int k = 0; k < services.size(); k++) {
                    Pending p = pending.get(services.get(k));
                    if (p != null) {
                        NodeStatus n = sim.status(services.get(k));
                        double paid = n.instancesReady() + n.instancesBooting();
                        p.reward -= (paid + (violated ? 60 * options.violationWeight() : 0)) / (15.0 * max[k]);
                    }
                }
                // One optimiser step per new decision once the buffer holds enough to sample from.
                if (stored >= Math.min(WARM_UP, options.replayCapacity())) {
                    while (trainedOn < decisions) {
                        trainedOn++;
                        learn();
                    }
                } else {
                    trainedOn = decisions;
                }
                if ((s + 1) % REPORT_SECONDS == 0 || s + 1 == length) {
                    progress.accept(new Progress(day + (s + 1) / (double) length, options.days(), decisions, epsilon(),
                            rewardCount == 0 ? 0 : rewardSum / rewardCount, lossCount == 0 ? Double.NaN : lossSum / lossCount));
                    rewardSum = 0;
                    rewardCount = 0;
                    lossSum = 0;
                    lossCount = 0;
                }
            }
        }

        private double epsilon() {
            double t = decisions / (EXPLORATION_SHARE * totalDecisions);
            return Math.max(EPSILON_END, 1 - (1 - EPSILON_END) * t);
        }

        @Override
        public int decide(ScalingState state) {
            float[] features = ScalingFeatures.of(state);
            Pending previous = pending.get(state.serviceId());
            if (previous != null) {
                store(previous.features, previous.action, (float) previous.reward, features);
                rewardSum += previous.reward;
                rewardCount++;
            }
            int action = random.nextDouble() < epsilon() ? random.nextInt(ACTIONS.length) : acting.best(features);
            pending.put(state.serviceId(), new Pending(features, action));
            decisions++;
            return action;
        }

        @Override
        public String name() {
            return "RL policy in training";
        }

        private void store(float[] state, int action, float reward, float[] nextState) {
            states[next] = state;
            actions[next] = action;
            rewards[next] = reward;
            nexts[next] = nextState;
            next = (next + 1) % states.length;
            stored = Math.min(stored + 1, states.length);
        }

        /** One optimiser step on a random batch: double-DQN targets from the plain-Java copies, Huber loss. */
        private void learn() {
            int b = options.batchSize();
            int f = ScalingFeatures.COUNT;
            int a = ACTIONS.length;
            float[] x = new float[b * f];
            float[] mask = new float[b * a];
            float[] y = new float[b];
            for (int r = 0; r < b; r++) {
                int i = random.nextInt(stored);
                System.arraycopy(states[i], 0, x, r * f, f);
                mask[r * a + actions[i]] = 1;
                int chosen = acting.best(nexts[i]);
                y[r] = (float) (rewards[i] + options.gamma() * target.forward(nexts[i])[chosen]);
            }
            PyTorchRuntime.GRADIENTS.lock();
            try (NDManager batch = trainer.getManager().newSubManager()) {
                NDArray input = batch.create(x, new Shape(b, f));
                NDArray chosenMask = batch.create(mask, new Shape(b, a));
                NDArray targets = batch.create(y, new Shape(b));
                try (GradientCollector collector = trainer.newGradientCollector()) {
                    NDArray q = trainer.forward(new NDList(input)).singletonOrThrow();
                    NDArray error = q.mul(chosenMask).sum(new int[] {1}).sub(targets).abs();
                    NDArray quadratic = error.minimum(1f);
                    NDArray loss = quadratic.square().mul(0.5f).add(error.sub(quadratic)).mean();
                    collector.backward(loss);
                    lossSum += loss.getFloat();
                    lossCount++;
                }
                trainer.step();
            } finally {
                PyTorchRuntime.GRADIENTS.unlock();
            }
            steps++;
            if (steps % SYNC_ACTING == 0) {
                acting = export();
            }
            if (steps % SYNC_TARGET == 0) {
                target = acting;
            }
        }

        /** The block's weights as a plain-Java network (DJL's Linear weight is {@code [out][in]} row-major). */
        PolicyNetwork export() {
            ai.djl.nn.ParameterList params = block.getParameters();
            float[][] weights = new float[sizes.length - 1][];
            float[][] biases = new float[sizes.length - 1][];
            int l = 0;
            for (Pair<String, Parameter> p : params) {
                float[] values = p.getValue().getArray().toFloatArray();
                if (p.getValue().getType() == Parameter.Type.WEIGHT) {
                    weights[l] = values;
                } else {
                    biases[l++] = values;
                }
            }
            return new PolicyNetwork(sizes.clone(), weights, biases);
        }
    }

    private static final class Pending {
        final float[] features;
        final int action;
        double reward;

        Pending(float[] features, int action) {
            this.features = features;
            this.action = action;
        }
    }
}
