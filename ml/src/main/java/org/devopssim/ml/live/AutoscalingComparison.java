package org.devopssim.ml.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.devopssim.simulation.engine.Action;
import org.devopssim.simulation.engine.Fault;
import org.devopssim.simulation.engine.NodeStatus;
import org.devopssim.simulation.engine.Simulation;
import org.devopssim.simulation.engine.SystemStatus;
import org.devopssim.simulation.model.AppService;
import org.devopssim.simulation.model.Autoscaling;
import org.devopssim.simulation.model.Capacity;
import org.devopssim.simulation.model.Node;
import org.devopssim.simulation.model.PriceTable;
import org.devopssim.simulation.model.Topology;
import org.devopssim.simulation.spi.Forecast;
import org.devopssim.simulation.spi.LoadForecaster;
import org.devopssim.simulation.spi.SeriesWindow;

/**
 * Runs one topology under the same seeds and workloads with three autoscaling set-ups and measures what
 * users felt and what it cost: minutes violating the SLO (the minute's mean p95 end-to-end latency above
 * the threshold, or its mean error rate above 1%) and instance-hours of the autoscaled services (ready
 * plus booting instances, which are paid for).
 * <ul>
 * <li>none: the services keep their starting instance count (manual);</li>
 * <li>reactive: the engine's HPA-style policy;</li>
 * <li>predictive: the engine's predictive policy with the given forecaster;</li>
 * <li>rl: the engine's "rl" policy with the learned agent given to {@link #withAgent} (it sees the given
 * forecaster's median).</li>
 * </ul>
 * Every policy keeps the service's own min, max and target utilisation.
 */
public final class AutoscalingComparison {

    public enum Policy { NONE, REACTIVE, PREDICTIVE, RL }

    /** The load a comparison run sees on top of the topology's own daily curve. */
    public enum Workload {
        /** 24 hours of the daily curve. */
        DIURNAL("diurnal day", 86_400),
        /**
         * The daily curve plus three x2 surges of 20 minutes (10:00, 15:00 and 20:00 UTC), each reaching full
         * strength in a minute. (x2 keeps the evening surge within the preset's 20 instances: beyond the
         * maximum no policy can help.)
         */
        FLASH_CROWD("flash crowd", 86_400),
        /** From 06:00 UTC the load grows 12.25% every 5 minutes for 30 minutes (x2), holds until 14:00, then drops. */
        RAMP("ramp", 16 * 3600);

        public final String label;
        public final long seconds;

        Workload(String label, long seconds) {
            this.label = label;
            this.seconds = seconds;
        }

        List<Action> at(long second) {
            List<Action> actions = new ArrayList<>();
            switch (this) {
                case DIURNAL -> { }
                case FLASH_CROWD -> {
                    if (second == 10 * 3600 || second == 15 * 3600 || second == 20 * 3600) {
                        actions.add(new Fault.TrafficSpike(null, 2, 20 * 60));
                    }
                }
                case RAMP -> {
                    long from = 6 * 3600;
                    if (second >= from && second < from + 1800 && (second - from) % 300 == 0) {
                        actions.add(new Fault.TrafficSpike(null, Math.pow(2, 1 / 6.0), (int) (14 * 3600 - second)));
                    }
                }
            }
            return actions;
        }
    }

    /**
     * @param forecastSources for predictive runs: how many forecasts each source produced
     */
    public record Result(String workload, Policy policy, long seed, int violationMinutes, double instanceHours,
                         double cost, Map<String, Integer> forecastSources) {
    }

    private final Topology topology;
    private final PriceTable prices;
    private final double sloP95Ms;
    private final org.devopssim.simulation.spi.ScalingAgent agent;

    public AutoscalingComparison(Topology topology, PriceTable prices, double sloP95Ms) {
        this(topology, prices, sloP95Ms, null);
    }

    private AutoscalingComparison(Topology topology, PriceTable prices, double sloP95Ms,
                                  org.devopssim.simulation.spi.ScalingAgent agent) {
        this.topology = topology;
        this.prices = prices;
        this.sloP95Ms = sloP95Ms;
        this.agent = agent;
        if (MinuteMeans.autoscaledServices(topology.nodes()).isEmpty()) {
            throw new IllegalArgumentException(topology.name() + " has no autoscaled service to compare");
        }
    }

    /** The same comparison whose RL runs use this learned agent. */
    public AutoscalingComparison withAgent(org.devopssim.simulation.spi.ScalingAgent scalingAgent) {
        return new AutoscalingComparison(topology, prices, sloP95Ms, scalingAgent);
    }

    /** The topology with every application service booting in {@code seconds} (e.g. VMs instead of containers). */
    public static Topology withBootTime(Topology topology, int seconds) {
        List<Node> nodes = new ArrayList<>();
        for (Node n : topology.nodes()) {
            if (n instanceof AppService s && s.capacity() != null) {
                Capacity c = s.capacity();
                n = new AppService(s.id(), s.name(), s.parent(), s.position(), s.technology(), s.ports(), s.debugPort(),
                        s.hotReload(), new Capacity(c.instances(), c.instanceSize(), c.perInstanceRps(), c.baseLatencyMs(),
                        seconds), s.autoscaling(), s.features());
            }
            nodes.add(n);
        }
        return topology.withNodesAndLinks(nodes, topology.links());
    }

    public Result run(Workload workload, Policy policy, long seed, LoadForecaster forecaster) {
        return run(workload, policy, seed, forecaster, workload.seconds);
    }

    /** The same over only the first {@code seconds} of the workload. */
    public Result run(Workload workload, Policy policy, long seed, LoadForecaster forecaster, long seconds) {
        return run(topology, workload::at, workload.label, policy, seed, forecaster, seconds);
    }

    /**
     * A recorded load replayed as the workload: the topology's traffic made flat (no daily curve, no
     * weekend; its noise kept) and multiplied by the trace, one traffic change per trace step (each
     * reaching full strength within a minute, as the engine's traffic spikes do).
     */
    public record Trace(String label, int stepSeconds, double[] multipliers) {

        /**
         * @param values   the recorded series at {@code stepSeconds}
         * @param smoothing trailing moving average over this many steps (1 = none): request counts of a
         *                  small service are mostly sampling noise
         * @param meanShare the trace's mean as a share of the topology's peak rate
         */
        public static Trace of(String label, double[] values, int stepSeconds, int smoothing, double meanShare) {
            if (values.length < 2 || smoothing < 1 || stepSeconds < 1) {
                throw new IllegalArgumentException("need a trace of at least two steps");
            }
            double[] smooth = new double[values.length];
            double sum = 0;
            for (int i = 0; i < values.length; i++) {
                sum += values[i];
                if (i >= smoothing) {
                    sum -= values[i - smoothing];
                }
                smooth[i] = sum / Math.min(i + 1, smoothing);
            }
            double mean = java.util.Arrays.stream(smooth).average().orElse(0);
            if (!(mean > 0)) {
                throw new IllegalArgumentException("the trace has no positive load");
            }
            double[] m = new double[smooth.length];
            for (int i = 0; i < m.length; i++) {
                m[i] = Math.max(0.01, smooth[i] / mean * meanShare);
            }
            return new Trace(label, stepSeconds, m);
        }

        public long seconds() {
            return (long) multipliers.length * stepSeconds;
        }

        List<Action> at(long second) {
            if (second % stepSeconds != 0 || second / stepSeconds >= multipliers.length) {
                return List.of();
            }
            int k = (int) (second / stepSeconds);
            if (k == 0) {
                return List.of(); // the first step is the traffic sources' own rate (see run)
            }
            return List.of(new Fault.TrafficSpike(null, multipliers[k] / multipliers[k - 1], (int) (seconds() - second)));
        }
    }

    public Result run(Trace trace, Policy policy, long seed, LoadForecaster forecaster) {
        org.devopssim.simulation.model.Workload w = topology.workload() == null
                ? org.devopssim.simulation.model.Workload.defaults() : topology.workload();
        org.devopssim.simulation.model.Workload flat = new org.devopssim.simulation.model.Workload(w.start(), 0, 1,
                w.noise(), w.readRatio(), w.authShare(), w.eventShare(), w.timeoutSeconds());
        List<Node> nodes = new ArrayList<>();
        for (Node n : topology.nodes()) {
            nodes.add(n instanceof org.devopssim.simulation.model.TrafficSource t
                    ? new org.devopssim.simulation.model.TrafficSource(t.id(), t.name(), t.parent(), t.position(),
                    t.peakRps() * trace.multipliers()[0])
                    : n);
        }
        Topology flatTopology = new Topology(topology.schemaVersion(), topology.name(), topology.mode(),
                topology.description(), flat, topology.security(), topology.delivery(), nodes, topology.links());
        return run(flatTopology, trace::at, trace.label(), policy, seed, forecaster, trace.seconds());
    }

    private Result run(Topology topology, java.util.function.LongFunction<List<Action>> actionsAt, String label,
                       Policy policy, long seed, LoadForecaster forecaster, long seconds) {
        Simulation sim = new Simulation(topology, seed, prices);
        CountingForecaster counting = forecaster == null ? null : new CountingForecaster(forecaster);
        if ((policy == Policy.PREDICTIVE || policy == Policy.RL) && counting != null) {
            sim.attachForecaster(counting);
        }
        if (policy == Policy.RL) {
            if (agent == null) {
                throw new IllegalArgumentException("an RL comparison run needs a learned agent (withAgent)");
            }
            sim.attachScalingAgent(agent);
        }
        List<String> services = MinuteMeans.autoscaledServices(topology.nodes());
        for (String id : services) {
            AppService a = (AppService) topology.node(id).orElseThrow();
            Autoscaling own = a.autoscaling();
            Autoscaling chosen = switch (policy) {
                case NONE -> new Autoscaling(Autoscaling.Policy.MANUAL, own.minInstances(), own.maxInstances(),
                        own.targetUtilization());
                case REACTIVE -> new Autoscaling(Autoscaling.Policy.REACTIVE, own.minInstances(), own.maxInstances(),
                        own.targetUtilization());
                case PREDICTIVE -> new Autoscaling(Autoscaling.Policy.PREDICTIVE, own.minInstances(), own.maxInstances(),
                        own.targetUtilization());
                case RL -> new Autoscaling(Autoscaling.Policy.RL, own.minInstances(), own.maxInstances(),
                        own.targetUtilization());
            };
            sim.apply(new Action.SetPolicy(id, chosen));
        }
        int violations = 0;
        double instanceSeconds = 0;
        double p95 = 0;
        double errors = 0;
        int inMinute = 0;
        for (long s = 0; s < seconds; s++) {
            for (Action a : actionsAt.apply(s)) {
                sim.apply(a);
            }
            sim.tick();
            SystemStatus st = sim.system();
            p95 += st.latencyP95Ms();
            errors += st.errorRate();
            inMinute++;
            for (String id : services) {
                NodeStatus n = sim.status(id);
                instanceSeconds += n.instancesReady() + n.instancesBooting();
            }
            if (inMinute == 60) {
                if (p95 / 60 > sloP95Ms || errors / 60 > 1.0) {
                    violations++;
                }
                p95 = 0;
                errors = 0;
                inMinute = 0;
            }
        }
        return new Result(label, policy, seed, violations, instanceSeconds / 3600, sim.system().cost(),
                counting == null || policy != Policy.PREDICTIVE ? Map.of() : counting.sources());
    }

    /** Counts forecasts by source: shows whether the learned model or the fallback sized the service. */
    private static final class CountingForecaster implements LoadForecaster {
        private final LoadForecaster inner;
        private final Map<String, Integer> sources = new TreeMap<>();

        CountingForecaster(LoadForecaster inner) {
            this.inner = inner;
        }

        @Override
        public Forecast forecast(SeriesWindow history, int horizonSteps) {
            Forecast f = inner.forecast(history, horizonSteps);
            sources.merge(f.source(), 1, Integer::sum);
            return f;
        }

        Map<String, Integer> sources() {
            return Map.copyOf(sources);
        }
    }
}
