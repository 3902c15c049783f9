package org.devopssim.ml.engine;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.ConstantInitializer;

/**
 * The single entry point to DJL's PyTorch engine. Every caller goes through {@link #engine()} so the
 * offline switches are in place before any DJL class runs: without them DJL's first
 * {@code Engine.getInstance()} contacts a cloud metadata address and a tracking endpoint.
 */
public final class PyTorchRuntime {

    public static final String ENGINE_NAME = "PyTorch";

    /**
     * DJL's PyTorch gradient collector is process-wide ("only one can be collecting at a time"): every
     * training in one JVM (online forecaster rounds, the RL autoscaler, commands, tests) holds this lock
     * while it collects gradients, so they take turns instead of failing.
     */
    public static final java.util.concurrent.locks.ReentrantLock GRADIENTS = new java.util.concurrent.locks.ReentrantLock();

    private PyTorchRuntime() {
    }

    /**
     * Sets the offline switches unless the launcher already chose them. Also pins PyTorch to one
     * thread: the models are tiny and the simulator shares few cores with the UI.
     * This method touches no DJL class.
     */
    public static void ensureOffline() {
        setIfAbsent("ai.djl.offline", "true");
        setIfAbsent("OPT_OUT_TRACKING", "true");
        setIfAbsent("ai.djl.pytorch.num_threads", "1");
        setIfAbsent("ai.djl.pytorch.num_interop_threads", "1");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /** The PyTorch engine, started offline (the first call extracts natives and takes seconds). */
    public static Engine engine() {
        ensureOffline();
        prepareNatives();
        Engine engine = Engine.getEngine(ENGINE_NAME);
        if (engine == null) {
            throw new IllegalStateException("DJL PyTorch engine is not on the class path");
        }
        return engine;
    }

    private static boolean nativesReady;

    private static synchronized void prepareNatives() {
        if (!nativesReady) {
            PackedNatives.unpackForDjl();
            nativesReady = true;
        }
    }

    public static EngineStatus status() {
        Engine engine = engine();
        return new EngineStatus(engine.getEngineName(), engine.getVersion(), Engine.getDjlVersion());
    }

    /**
     * Builds a 3-4-1 network with every weight 0.5 and no bias and runs one forward pass, proving
     * the native library loads and computes. For input (1,2,3) the answer is 4 * relu(0.5*6) * 0.5 = 6.
     */
    public static float selfTestForwardPass() {
        Engine engine = engine();
        SequentialBlock block = new SequentialBlock()
                .add(Linear.builder().setUnits(4).optBias(false).build())
                .add(Activation::relu)
                .add(Linear.builder().setUnits(1).optBias(false).build());
        block.setInitializer(new ConstantInitializer(0.5f), Parameter.Type.WEIGHT);
        try (Model model = Model.newInstance("self-test", Device.cpu(), engine.getEngineName())) {
            model.setBlock(block);
            NDManager manager = model.getNDManager();
            block.initialize(manager, DataType.FLOAT32, new Shape(1, 3));
            NDArray input = manager.create(new float[] {1f, 2f, 3f}, new Shape(1, 3));
            NDList output = block.forward(new ParameterStore(manager, false), new NDList(input), false);
            return output.singletonOrThrow().toFloatArray()[0];
        }
    }
}
