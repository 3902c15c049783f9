package org.devopssim.ui.session;

import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.devopssim.simulation.model.Topology;

/**
 * Trains the learned ("rl") autoscaling policy on a topology and installs it for the live runs; the
 * app fills it with the ml module's trainer. Called on a background thread, never the FX thread.
 */
public interface AutoscalerTrainer {

    /**
     * @param progress  told the finished share (0..1) now and then
     * @param cancelled polled often; when it turns true the call ends with a
     *                  {@link java.util.concurrent.CancellationException} and nothing is installed
     * @return what was trained, for the user (method, experience, how it did against reactive)
     * @throws IllegalArgumentException when the topology has no autoscaled service to train on
     */
    String trainAndInstall(Topology topology, int days, DoubleConsumer progress, BooleanSupplier cancelled);
}
