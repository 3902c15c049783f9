package org.devopssim.ui.session;

import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.devopssim.simulation.alerting.AlertView;
import org.devopssim.simulation.engine.Action;
import org.devopssim.simulation.engine.Feature;
import org.devopssim.simulation.engine.Simulation;
import org.devopssim.simulation.engine.SimulationRunner;
import org.devopssim.simulation.engine.Snapshot;
import org.devopssim.simulation.engine.Speed;
import org.devopssim.simulation.events.EventLog;
import org.devopssim.simulation.logs.LogStream;
import org.devopssim.simulation.engine.StatusHistory;
import org.devopssim.simulation.metrics.MetricsStore;
import org.devopssim.simulation.model.Mode;
import org.devopssim.simulation.model.Topology;

/**
 * The one running simulation the window shows. Every command is queued to the simulation thread
 * and returns at once; loading a preset (file I/O) also happens on that thread, never on the FX
 * thread. Reset restarts whatever topology is loaded now, not the one the session began with.
 */
public final class SimulationSession implements SimulationControl, AutoCloseable {

    private final PresetLoader presets;
    private final SimulationFactory simulations;
    private final AtomicReference<Topology> current;
    private final AtomicReference<MetricsStore> metrics = new AtomicReference<>();
    private final AtomicReference<StatusHistory> statusHistory = new AtomicReference<>();
    private final AtomicReference<EventLog> events = new AtomicReference<>();
    private final AtomicReference<Supplier<AlertView>> alerts = new AtomicReference<>();
    private final AtomicReference<LogStream> logs = new AtomicReference<>();
    private final AtomicReference<Supplier<Set<Feature>>> disabledFeatures = new AtomicReference<>(Set::of);
    /** The run made last, on the simulation thread; published with its metrics by {@link #followMetrics()}. */
    private volatile LiveRun made;
    private final SimulationRunner runner;

    /** Loads the first preset on the calling thread: call it before the window shows. */
    public SimulationSession(PresetLoader presets, SimulationFactory simulations, Mode initial) {
        this.presets = Objects.requireNonNull(presets);
        this.simulations = Objects.requireNonNull(simulations);
        this.current = new AtomicReference<>(presets.load(initial));
        this.runner = new SimulationRunner(() -> make(current.get()));
        followMetrics();
    }

    /** The newest snapshot; never waits. */
    public Snapshot latest() {
        return runner.latest();
    }

    /**
     * The history of the simulation that produces the snapshots; readable from any thread. It is
     * replaced on reset and load, just before the first snapshot of the new run is published.
     */
    public MetricsStore metrics() {
        return metrics.get();
    }

    /** Each node's health and each link's rate by second, replaced with {@link #metrics()}. */
    public StatusHistory statusHistory() {
        return statusHistory.get();
    }

    /** The event log of the current run; readable from any thread, replaced like {@link #metrics()}. */
    public EventLog events() {
        return events.get();
    }

    /** The log stream of the current run; readable from any thread, replaced like {@link #metrics()}. */
    public LogStream logs() {
        return logs.get();
    }

    /** The experimental features the current run has switched off; readable from any thread. */
    public Set<Feature> disabledFeatures() {
        return disabledFeatures.get().get();
    }

    /** The alerting of the current run, replaced like {@link #metrics()}; null before the first run is followed. */
    public AlertView alerts() {
        Supplier<AlertView> a = alerts.get();
        return a == null ? null : a.get();
    }

    /**
     * Queues an operator action or a fault for the next second's boundary. An action the engine
     * refuses shows up in the event log as {@code action-refused} with the engine's reason.
     */
    public void submit(Action action) {
        Objects.requireNonNull(action);
        // The run's operator decides (an exercise refuses what it does not allow), on the simulation thread.
        runner.inspect(sim -> {
            LiveRun run = made;
            if (run != null && run.simulation() == sim) {
                run.operator().accept(action);
            } else {
                sim.apply(action);
            }
        });
    }

    /**
     * Runs a read (or an exercise's bookkeeping) on the simulation thread between seconds, in order
     * with the commands sent before it.
     */
    public void read(java.util.function.Consumer<Simulation> reader) {
        runner.inspect(Objects.requireNonNull(reader));
    }

    private Simulation make(Topology topology) {
        return make(topology, simulations);
    }

    private Simulation make(Topology topology, SimulationFactory factory) {
        LiveRun run = factory.create(topology);
        made = run;
        return run.simulation();
    }

    @Override
    public void play() {
        runner.play();
    }

    @Override
    public void pause() {
        runner.pause();
    }

    @Override
    public void step() {
        runner.step();
    }

    @Override
    public void setSpeed(Speed speed) {
        runner.setSpeed(speed);
    }

    @Override
    public void reset() {
        runner.reset();
        followMetrics();
    }

    /** Switches to a mode's preset, paused at second zero. */
    @Override
    public void load(Mode mode) {
        runner.load(() -> {
            Topology topology = presets.load(mode);
            current.set(topology);
            return make(topology);
        });
        followMetrics();
    }

    /**
     * Runs a topology the user opened or edited, paused at second zero; it is also what Reset
     * restarts from then on. The topology must have passed the codec's validation.
     */
    public void load(Topology topology) {
        Objects.requireNonNull(topology);
        runner.load(() -> {
            current.set(topology);
            return make(topology);
        });
        followMetrics();
    }

    /**
     * Runs what {@code factory} makes of {@code topology} (an exercise's run), paused at second zero;
     * Reset asks the same factory for a fresh run. Loading a mode or a topology afterwards returns to
     * the session's own factory.
     */
    public void load(Topology topology, SimulationFactory factory) {
        Objects.requireNonNull(topology);
        Objects.requireNonNull(factory);
        runner.load(() -> {
            current.set(topology);
            return make(topology, factory);
        });
        followMetrics();
    }

    /** The topology a reset restarts: the preset or file loaded last. */
    public Topology topology() {
        return current.get();
    }

    /** Queued after a replacement, so store and log are swapped before the new run's first snapshot. */
    private void followMetrics() {
        runner.inspect((Simulation sim) -> {
            metrics.set(sim.metrics());
            statusHistory.set(sim.statusHistory());
            events.set(sim.eventLog());
            logs.set(sim.logs());
            disabledFeatures.set(sim::disabledFeatures);
            LiveRun run = made;
            if (run != null && run.simulation() == sim) {
                alerts.set(run.alerts());
            }
        });
    }

    @Override
    public void close() {
        runner.close();
    }
}
