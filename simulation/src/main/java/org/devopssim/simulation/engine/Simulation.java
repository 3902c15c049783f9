package org.devopssim.simulation.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.devopssim.simulation.events.EventLog;
import org.devopssim.simulation.events.Severity;
import org.devopssim.simulation.events.SimEvent;
import org.devopssim.simulation.metrics.Metric;
import org.devopssim.simulation.metrics.MetricsStore;
import org.devopssim.simulation.model.AppService;
import org.devopssim.simulation.model.AuthService;
import org.devopssim.simulation.model.CloudRegion;
import org.devopssim.simulation.model.Delivery;
import org.devopssim.simulation.model.KafkaNode;
import org.devopssim.simulation.model.LinkType;
import org.devopssim.simulation.model.LoadBalancer;
import org.devopssim.simulation.model.Node;
import org.devopssim.simulation.model.NodeKind;
import org.devopssim.simulation.model.PostgresNode;
import org.devopssim.simulation.model.PriceTable;
import org.devopssim.simulation.model.Provider;
import org.devopssim.simulation.model.RedisNode;
import org.devopssim.simulation.model.Topology;
import org.devopssim.simulation.model.TrafficSource;
import org.devopssim.simulation.model.Workload;
import org.devopssim.simulation.security.Hardening;
import org.devopssim.simulation.security.PostureReport;
import org.devopssim.simulation.workload.UserTraffic;

/**
 * The simulation of one topology: advances one simulated second per {@link #tick()}, pushing the
 * users' traffic through the nodes as rates, and firing discrete events (instances finishing
 * their boot, ...) from an event queue. Single-threaded and deterministic: the same topology,
 * seed and actions give the same figures, bit for bit.
 */
public final class Simulation {

    /** Bytes a request moves over the network, for the network metric. */
    private static final double BYTES_PER_REQUEST = 16_000;
    /** Samples a scrape target exposes, for a monitoring node's load. */
    private static final double SAMPLES_PER_TARGET = 400;
    private static final double SCRAPE_INTERVAL_SECONDS = 15;

    private final Topology topology;
    private final long seed;
    private final PriceTable prices;
    private final Workload workload;
    private final long startEpochSecond;
    private final FlowGraph graph;
    private final NodeStates state;
    private final UserTraffic[] traffic;
    private final double[] linkRates;
    /** Per global load balancer and region: the traffic of that region's users this second. */
    private final double[][] anycastDemand;
    private final double[] regionUtcOffset;
    private final double[] hourlyPrice;
    private final EventQueue events = new EventQueue();
    private final EventLog log = new EventLog(10_000);
    private final MetricsStore metrics;
    private final StatusHistory statusHistory;
    /**
     * Per metric: the nodes that record it, in node order, whose channels are consecutive from
     * {@link #firstRecorderChannel}; so a second's recording is one tight run per metric over the
     * node state's arrays instead of a dozen scattered stores per node.
     */
    private final int[][] recorders;
    private final int[] firstRecorderChannel;
    /**
     * Per metric, when its recorders are mostly consecutive nodes: those runs as (first node, length)
     * pairs, recorded as straight loops; null to record node by node through {@link #recorders}.
     */
    private final int[][] recorderRuns;
    private final int[] systemChannels;
    /** Per node: whether it is measured (a serving node other than users); the users, in node order. */
    private final boolean[] measured;
    private final int[] trafficSources;
    // The fleet's totals of the second, from the pass over the resources.
    private double fleetQueued;
    private double fleetCpuSum;
    private int fleetCpuCount;
    private int fleetInstances;
    private double fleetCostPerHour;
    private static final Metric[] METRICS = Metric.values();
    private final List<TimedAction> actionLog = new ArrayList<>();
    private final Autoscaler autoscaler;
    private final List<RunObserver> observers = new ArrayList<>();
    private final List<RunObserver> boundaryObservers = new ArrayList<>();
    private final ActiveFaults faults = new ActiveFaults(this);
    private final Rollouts rollouts = new Rollouts(this);
    private final DeliveryPipeline pipeline;
    private final DataLayer dataLayer;
    /** Leader/follower pairs; a failover turns them around. */
    private final int[][] replication;
    private final LinkGuards guards;
    private final double[] linkExtraLatency;
    private final boolean[] linkBroken;
    /** Second until which a node is down for maintenance (restore, restart), per node. */
    private final long[] downUntil;
    private final Hardening hardening;
    /** Key-level models of the Redis caches that have one (null elsewhere), and every cache's hit ratio this second. */
    private final org.devopssim.simulation.caching.QueryCacheModel[] queryCaches;
    private final double[] modelledHitRatio;
    private final NodeLogs logs;
    /** Per node, this second: a broker-down fault, an expired certificate (for the log lines). */
    private final boolean[] kafkaFaulted;
    private final boolean[] certificateExpired;
    private final java.util.EnumSet<Feature> disabled = java.util.EnumSet.noneOf(Feature.class);
    private volatile java.util.Set<Feature> disabledView = java.util.Set.of();
    private org.devopssim.simulation.spi.LoadForecaster forecaster;
    private org.devopssim.simulation.spi.AnomalyDetector detector;
    private org.devopssim.simulation.spi.ScalingAgent agent;

    private long second;
    private double cumulativeOffered;
    private double cumulativeSucceeded;
    private double cumulativeFailed;
    private double cumulativeCost;
    private SystemStatus system = new SystemStatus(0, 0, 0, 0, 0, 0, 100, 0, 0, 0, 0, 0);

    public Simulation(Topology topology, long seed, PriceTable prices) {
        this.topology = topology;
        this.seed = seed;
        this.prices = prices;
        this.workload = topology.workload() == null ? Workload.defaults() : topology.workload();
        this.startEpochSecond = Instant.parse(workload.start()).getEpochSecond();
        this.graph = new FlowGraph(topology);
        int n = graph.size();
        this.state = new NodeStates(graph.nodes);
        this.traffic = new UserTraffic[n];
        this.regionUtcOffset = new double[n];
        this.hourlyPrice = new double[n];
        SplittableRandom seeds = new SplittableRandom(seed);
        for (int i = 0; i < n; i++) {
            Node node = graph.nodes[i];
            int region = graph.regionOf[i];
            regionUtcOffset[i] = region >= 0 ? ((CloudRegion) graph.nodes[region]).utcOffsetHours() : 0;
            long nodeSeed = seeds.nextLong();
            if (node instanceof TrafficSource source) {
                traffic[i] = new UserTraffic(source.peakRps(), regionUtcOffset[i], workload, source.trace(),
                        startEpochSecond, nodeSeed);
            }
            if (node.capacity() != null) {
                Provider provider = region >= 0 ? ((CloudRegion) graph.nodes[region]).provider() : null;
                hourlyPrice[i] = prices.hourly(provider, node.capacity().instanceSize());
            }
        }
        this.linkRates = new double[graph.links.length];
        this.anycastDemand = new double[n][];
        for (int i = 0; i < n; i++) {
            if (graph.nodes[i] instanceof LoadBalancer lb && lb.scope() == LoadBalancer.Scope.GLOBAL_ANYCAST) {
                anycastDemand[i] = new double[n];
            }
        }
        Map<String, List<Metric>> channelSpec = channelSpec();
        this.metrics = new MetricsStore(channelSpec, MetricsStore.Retention.forChannels(
                channelSpec.values().stream().mapToInt(List::size).sum()));
        this.statusHistory = new StatusHistory(graph.topologyOrder, graph.links.length, metrics.retention());
        this.measured = new boolean[n];
        for (int i = 0; i < n; i++) {
            measured[i] = traffic[i] == null && state.serving[i];
        }
        this.trafficSources = java.util.stream.IntStream.range(0, n).filter(i -> traffic[i] != null).toArray();
        this.recorders = new int[Metric.values().length][];
        this.firstRecorderChannel = new int[Metric.values().length];
        for (Metric m : Metric.values()) {
            recorders[m.ordinal()] = java.util.stream.IntStream.range(0, n)
                    .filter(i -> channelSpec.getOrDefault(graph.nodes[i].id(), List.of()).contains(m)).toArray();
            firstRecorderChannel[m.ordinal()] = firstOfConsecutive(m, recorders[m.ordinal()]);
        }
        this.recorderRuns = new int[Metric.values().length][];
        for (Metric m : Metric.values()) {
            recorderRuns[m.ordinal()] = runs(recorders[m.ordinal()]);
        }
        this.systemChannels = new int[Metric.values().length];
        for (Metric m : Metric.values()) {
            systemChannels[m.ordinal()] = metrics.channel(MetricsStore.SYSTEM, m);
        }
        this.autoscaler = new Autoscaler(this);
        this.replication = java.util.Arrays.stream(graph.replication).map(int[]::clone).toArray(int[][]::new);
        this.guards = new LinkGuards(this, graph.links);
        this.linkExtraLatency = new double[graph.links.length];
        this.linkBroken = new boolean[graph.links.length];
        this.downUntil = new long[n];
        this.dataLayer = new DataLayer(this);
        this.pipeline = new DeliveryPipeline(this);
        this.hardening = new Hardening(topology);
        this.logs = new NodeLogs(graph, state, replication, seed, Feature.hasLogAnalysis(topology));
        this.kafkaFaulted = new boolean[n];
        this.certificateExpired = new boolean[n];
        this.queryCaches = new org.devopssim.simulation.caching.QueryCacheModel[n];
        this.modelledHitRatio = new double[n];
        for (int i = 0; i < n; i++) {
            if (graph.nodes[i] instanceof RedisNode r && r.queryCache() != null) {
                // Its own stream of seeds, so adding a cache model leaves every other draw of the run alone.
                queryCaches[i] = new org.devopssim.simulation.caching.QueryCacheModel(r.queryCache(),
                        new SplittableRandom(seed ^ 0x5DEECE66DL * (i + 1)).nextLong());
                modelledHitRatio[i] = queryCaches[i].hitRatio();
            } else if (graph.nodes[i] instanceof RedisNode r) {
                modelledHitRatio[i] = r.hitRatio();
            }
        }
    }

    /** A cache's hit ratio this second: its key-level model's when it has one, else the configured one. */
    private double hitRatio(int i) {
        return modelledHitRatio[i];
    }

    /** The key-level caches serve this second's sample of look-ups (a down cache loses its contents). */
    private void advanceQueryCaches() {
        for (int i = 0; i < queryCaches.length; i++) {
            if (queryCaches[i] != null) {
                modelledHitRatio[i] = queryCaches[i].advance(state.down[i] || state.ready[i] == 0);
            }
        }
    }

    /** The key-level model of a Redis cache (for comparisons and tests), or null when it has a fixed hit ratio. */
    public org.devopssim.simulation.caching.QueryCacheModel queryCache(String nodeId) {
        return queryCaches[graph.index(nodeId)];
    }

    // ---- public view --------------------------------------------------------------------------

    public Topology topology() {
        return topology;
    }

    public long seed() {
        return seed;
    }

    /** Simulated seconds elapsed. */
    public long second() {
        return second;
    }

    public long epochSecond() {
        return startEpochSecond + second;
    }

    public MetricsStore metrics() {
        return metrics;
    }

    /** Each node's health and each link's rate, second by second, for pictures of past moments. */
    public StatusHistory statusHistory() {
        return statusHistory;
    }

    public EventLog eventLog() {
        return log;
    }

    public SystemStatus system() {
        return system;
    }

    /** Every action applied so far, with its second: replaying them reproduces this run. */
    public List<TimedAction> actionLog() {
        return Collections.unmodifiableList(actionLog);
    }

    public NodeStatus status(String nodeId) {
        return status(graph.index(nodeId));
    }

    /** Every node's figures, in the topology's order. */
    public List<NodeStatus> statuses() {
        List<NodeStatus> list = new ArrayList<>(state.size());
        for (int i : graph.topologyOrder) {
            list.add(status(i));
        }
        return list;
    }

    public double[] linkRates() {
        return linkRates.clone();
    }

    /** Requests that arrived at, were served by, failed at, and wait at a node since the start. */
    public record Ledger(double arrived, double served, double failed, double queued) {
    }

    public Ledger ledger(String nodeId) {
        int i = graph.index(nodeId);
        return new Ledger(state.cumulativeArrived[i], state.cumulativeServed[i], state.cumulativeFailed[i], state.queue[i]);
    }

    // ---- actions ------------------------------------------------------------------------------

    /** Applies an action now (at the boundary before the next second) and records it. */
    public void apply(Action action) {
        switch (action) {
            case Fault fault -> inject(fault);
            case Action.Scale scale -> scaleTo(targetOrFirst(scale.target(), AppService.class), scale.instances(), "manual");
            case Action.Failover f -> dataLayer.manualFailover(f.target() == null ? null : graph.index(f.target()));
            case Action.Deploy d -> {
                Delivery.Strategy strategy = d.strategy() != null ? d.strategy()
                        : topology.delivery() != null ? topology.delivery().strategy() : Delivery.Strategy.ROLLING_UPDATE;
                rollouts.deploy(targetOrFirst(d.target(), AppService.class),
                        new Rollouts.Version(d.version(), d.errorRatePercent() / 100, d.latencyFactor()), strategy);
            }
            case Action.Rollback r -> rollouts.rollback(targetOrFirst(r.target(), AppService.class));
            case Action.RestoreBackup r -> {
                int db = targetOrFirst(r.target(), PostgresNode.class);
                dataLayer.restore(db, state.writesServed[db]);
            }
            case Action.SetPolicy p -> autoscaler.setPolicy(targetOrFirst(p.target(), AppService.class), p.autoscaling());
            case Action.CodeChange c -> pipeline.codeChange(targetOrFirst(c.target(), AppService.class), c);
            case Action.Commit c -> pipeline.commit(targetOrFirst(c.target(), AppService.class), c.message());
            case Action.Approve a -> pipeline.approve();
            case Action.Harden h -> {
                for (org.devopssim.simulation.security.Finding f : hardening.fix(h.check(), h.target())) {
                    log.append(new SimEvent(second, Severity.INFO, f.nodeId(), "security-fixed",
                            "fixed %s%s: %s".formatted(f.check(), f.nodeId() == null ? "" : " on " + f.nodeId(), f.fix())));
                }
            }
            case Action.SetFeature f -> setFeature(Feature.of(f.feature()), f.enabled());
            case Action.ClearFault c -> {
                int target = c.target() == null ? -1 : graph.index(c.target());
                if (faults.clear(target, c.fault()) == 0) {
                    throw new IllegalArgumentException("no " + (c.fault() == null ? "fault" : c.fault()) + " on "
                            + (c.target() == null ? "the system" : c.target()) + " to clear");
                }
            }
        }
        actionLog.add(new TimedAction(second, action));
    }

    private void inject(Fault fault) {
        int target = switch (fault) {
            case Fault.InstanceCrash f -> targetOrFirst(f.target(), AppService.class);
            case Fault.ZoneOutage f -> targetOrFirst(f.target(), CloudRegion.class);
            case Fault.RegionOutage f -> targetOrFirst(f.target(), CloudRegion.class);
            case Fault.NetworkLatency f -> targetOrFirst(f.target(), CloudRegion.class);
            case Fault.NetworkPartition f -> targetOrFirst(f.target(), CloudRegion.class);
            case Fault.DbPrimaryCrash f -> f.target() != null ? graph.index(f.target()) : firstPrimary();
            case Fault.ReplicaLag f -> f.target() != null ? graph.index(f.target()) : firstWithRole(PostgresNode.Role.REPLICA);
            case Fault.RedisDown f -> targetOrFirst(f.target(), RedisNode.class);
            case Fault.KafkaBrokerDown f -> targetOrFirst(f.target(), KafkaNode.class);
            case Fault.DiskFill f -> f.target() != null ? graph.index(f.target()) : firstPrimary();
            case Fault.MemoryLeak f -> targetOrFirst(f.target(), AppService.class);
            case Fault.CpuHog f -> targetOrFirst(f.target(), AppService.class);
            case Fault.BadRelease f -> targetOrFirst(f.target(), AppService.class);
            case Fault.SlowDependency f -> f.target() != null ? graph.index(f.target()) : firstPrimary();
            case Fault.TlsCertExpired f -> targetOrFirst(f.target(), LoadBalancer.class);
            case Fault.TrafficSpike f -> f.target() == null ? -1 : graph.index(f.target());
        };
        int other = fault instanceof Fault.NetworkPartition p ? graph.index(p.otherRegion()) : -1;
        FaultTargets.check(fault, target < 0 ? null : graph.nodes[target], other < 0 ? null : graph.nodes[other]);
        if (fault instanceof Fault.DbPrimaryCrash && !state.role[target].acceptsWrites()) {
            // The role now, not the file's: after a failover the promoted replica is the primary.
            throw new IllegalArgumentException("db-primary-crash needs a PostgreSQL primary (or single or multi-master "
                    + "server) as its target, got '" + graph.nodes[target].id() + "', a replica now");
        }
        String where = target < 0 ? "every traffic source" : graph.nodes[target].id() + (other >= 0 ? " and " + graph.nodes[other].id() : "");
        Integer duration = fault.durationSeconds();
        log.append(new SimEvent(second, Severity.CRITICAL, target < 0 ? null : graph.nodes[target].id(), "fault-injected",
                "%s on %s%s".formatted(fault.actionName(), where, duration == null ? " (until fixed)" : " for " + duration + " s")));
        if (fault instanceof Fault.InstanceCrash crash) {
            crashInstances(target, crash.count(), "crashed");
            return;
        }
        faults.add(new ActiveFaults.Entry(fault, target, other, second, duration == null ? -1 : second + duration));
        if (fault instanceof Fault.DbPrimaryCrash) {
            dataLayer.primaryCrashed(target);
        }
    }

    /** Instances die; Kubernetes and Compose restart them after their boot time. */
    private void crashInstances(int i, int count, String why) {
        int dead = Math.min(count, state.ready[i]);
        if (dead <= 0) {
            return;
        }
        state.ready[i] -= dead;
        log.append(new SimEvent(second, Severity.WARNING, graph.nodes[i].id(), "instance-crash",
                "%s: %d instance(s) %s; restarting".formatted(graph.nodes[i].id(), dead, why)));
        state.booting[i] += dead;
        int boot = graph.nodes[i].capacity().bootTimeSeconds();
        events.schedule((second + boot) * 1000, t -> instanceReady(i, dead));
    }

    /** The first primary, or where there is none (a single server, multi-master) the first PostgreSQL node. */
    private int firstPrimary() {
        for (int i = 0; i < state.size(); i++) {
            if (state.role[i] == PostgresNode.Role.PRIMARY) {
                return i;
            }
        }
        return targetOrFirst(null, PostgresNode.class);
    }

    private int firstWithRole(PostgresNode.Role role) {
        for (int i = 0; i < state.size(); i++) {
            if (state.role[i] == role) {
                return i;
            }
        }
        throw new IllegalArgumentException("the topology has no PostgreSQL " + role.name().toLowerCase());
    }

    private int targetOrFirst(String target, Class<? extends Node> kind) {
        if (target != null) {
            return graph.index(target);
        }
        for (int i = 0; i < graph.nodes.length; i++) {
            if (kind.isInstance(graph.nodes[i])) {
                return i;
            }
        }
        throw new IllegalArgumentException("the topology has no " + NodeKind.of(kind).label() + " node to act on");
    }

    /** Changes a node's instance count: new instances boot, surplus ones stop at once. */
    void scaleTo(int i, int instances, String reason) {
        if (!state.serving[i]) {
            throw new IllegalArgumentException(graph.nodes[i].id() + " has no instances to scale");
        }
        int total = state.ready[i] + state.booting[i];
        if (instances == total) {
            return;
        }
        String id = graph.nodes[i].id();
        if (instances > total) {
            int add = instances - total;
            state.booting[i] += add;
            int boot = graph.nodes[i].capacity().bootTimeSeconds();
            events.schedule((second + boot) * 1000, t -> instanceReady(i, add));
            log.append(new SimEvent(second, Severity.INFO, id, "scale-up",
                    "%s: %d -> %d instances (%s); ready in %d s".formatted(id, total, instances, reason, boot)));
        } else {
            int remove = total - instances;
            int fromBooting = Math.min(remove, state.booting[i]);
            state.booting[i] -= fromBooting;
            state.ready[i] -= remove - fromBooting;
            log.append(new SimEvent(second, Severity.INFO, id, "scale-down",
                    "%s: %d -> %d instances (%s)".formatted(id, total, instances, reason)));
        }
    }

    private void instanceReady(int i, int count) {
        // A later scale-down may already have cancelled some of these boots.
        int arriving = Math.min(count, state.booting[i]);
        if (arriving <= 0) {
            return;
        }
        state.booting[i] -= arriving;
        state.ready[i] += arriving;
        log.append(new SimEvent(second, Severity.INFO, graph.nodes[i].id(), "instance-ready",
                "%s: %d instance(s) ready, %d serving".formatted(graph.nodes[i].id(), arriving, state.ready[i])));
    }

    // ---- the tick -----------------------------------------------------------------------------

    /** Advances the simulation by {@code seconds} simulated seconds. */
    public void advance(long seconds) {
        for (long k = 0; k < seconds; k++) {
            tick();
        }
    }

    /** Advances one simulated second. */
    public void tick() {
        for (RunObserver o : boundaryObservers) {
            o.afterSecond(this);
        }
        events.fireUntil(second * 1000);
        faults.expire(second);
        // The autoscaler reads the second that just ended, before its figures are cleared.
        autoscaler.evaluate();
        applyModifiers();
        rollouts.everySecond();
        pipeline.everySecond();
        dataLayer.everySecond();
        advanceQueryCaches();
        long epoch = epochSecond();
        state.settleCapacity();
        int[] sequence = graph.flowSequence;
        for (int b = 0; b + 1 < graph.batchStart.length; b++) {
            int from = graph.batchStart[b];
            int to = graph.batchStart[b + 1];
            for (int k = from; k < to; k++) {
                int i = sequence[k];
                if (measured[i] && graph.scrapeLinks[i].length > 0) {
                    state.arrivals[i] += scrapeLoad(i);
                }
            }
            state.serve(sequence, from, to, measured, workload.timeoutSeconds());
            for (int k = from; k < to; k++) {
                int i = sequence[k];
                if (traffic[i] != null) {
                    emit(i, traffic[i].next(epoch) * state.trafficFactor[i]);
                } else if (measured[i]) {
                    route(i);
                }
            }
        }
        replicate();
        endToEnd();
        guards.evaluate(linkRates, second);
        markFaultsForLogs();
        logs.beginSecond(second, linkBroken, linkExtraLatency);
        measure();
        logs.endSecond(second, featureEnabled(Feature.AI_LOG_ANALYSIS));
        clearFaultMarks();
        outOfMemory();
        for (RunObserver o : observers) {
            o.afterSecond(this);
        }
        second++;
    }

    /** Faults, releases and maintenance decide this second's capacity, speed and errors. */
    private void applyModifiers() {
        state.resetModifiers();
        for (int i = 0; i < downUntil.length; i++) {
            state.down[i] = second < downUntil[i];
        }
        java.util.Arrays.fill(linkExtraLatency, 0);
        java.util.Arrays.fill(linkBroken, false);
        faults.apply(state, graph, linkExtraLatency, linkBroken, second);
        rollouts.apply(state);
    }

    /** A leak that fills memory gets every instance OOM-killed; they restart with empty heaps. */
    private void outOfMemory() {
        for (ActiveFaults.Entry e : faults.active()) {
            if (e.fault instanceof Fault.MemoryLeak && state.memory[e.target] >= 100 && state.ready[e.target] > 0) {
                e.accumulated = 0;
                state.leakedMemory[e.target] = 0;
                crashInstances(e.target, state.ready[e.target], "OOM-killed (memory leak)");
            }
        }
    }

    /** Adds an observer called after every simulated second (before the clock moves on). */
    public void addObserver(RunObserver observer) {
        observers.add(observer);
    }

    /**
     * Adds an observer called at the boundary before every simulated second, where actions are
     * applied: it may apply actions that take effect with the coming second (an exercise's incidents).
     */
    public void addBoundaryObserver(RunObserver observer) {
        boundaryObservers.add(observer);
    }

    /** A traffic source sends its users' requests to its load balancers. */
    private void emit(int source, double rate) {
        state.arrivals[source] = rate;
        state.served[source] = rate;
        int[] out = graph.outLinks[source];
        if (out.length == 0) {
            return;
        }
        double share = rate / out.length;
        for (int l : out) {
            int target = graph.linkTo[l];
            linkRates[l] = share;
            state.arrivals[target] += share;
            if (anycastDemand[target] != null) {
                anycastDemand[target][source] += share;
            }
        }
    }

    /** A monitoring node's load: the samples its scrape targets expose, every scrape interval. */
    private double scrapeLoad(int i) {
        int[] scrapes = graph.scrapeLinks[i];
        double perTarget = SAMPLES_PER_TARGET / SCRAPE_INTERVAL_SECONDS;
        for (int l : scrapes) {
            linkRates[l] = perTarget;
        }
        return scrapes.length * perTarget;
    }

    /** Passes a node's served requests on to what it depends on. */
    private void route(int i) {
        switch (graph.kind[i]) {
            case LOAD_BALANCER -> {
                if (anycastDemand[i] != null) {
                    routeAnycast(i);
                } else {
                    routeBalanced(i, ((LoadBalancer) graph.nodes[i]).policy());
                }
            }
            case KAFKA -> routeEvents(i, (KafkaNode) graph.nodes[i]);
            case APP_SERVICE, AUTH_SERVICE -> routeCalls(i);
            default -> {
                for (int l : graph.outLinks[i]) {
                    linkRates[l] = 0;
                }
            }
        }
        if (state.served[i] < 0) {
            throw new IllegalStateException("negative flow at " + graph.nodes[i].id());
        }
    }

    private boolean healthy(int i) {
        return state.capacity[i] > 0;
    }

    private void routeBalanced(int i, LoadBalancer.Policy policy) {
        int[] out = graph.outLinks[i];
        double total = 0;
        for (int l : out) {
            int t = graph.linkTo[l];
            linkRates[l] = healthy(t) && !linkBroken[l] ? switch (policy) {
                case ROUND_ROBIN -> 1;
                case LEAST_CONNECTIONS -> state.capacity[t];
                case WEIGHTED -> graph.links[l].weightOrDefault();
            } : 0;
            total += linkRates[l];
        }
        if (total <= 0) {
            noRoute(i);
            for (int l : out) {
                linkRates[l] = 0;
            }
            return;
        }
        for (int l : out) {
            linkRates[l] = state.served[i] * linkRates[l] / total;
            int target = graph.linkTo[l];
            state.arrivals[target] += guards.outgoing(l, linkRates[l], target, second);
        }
    }

    /** Each region's users go to the healthy target in their region, else the nearest by time zone. */
    private void routeAnycast(int i) {
        int[] out = graph.outLinks[i];
        for (int l : out) {
            linkRates[l] = 0;
        }
        double[] demand = anycastDemand[i];
        double passed = state.arrivals[i] > 0 ? state.served[i] / state.arrivals[i] : 0;
        double unroutable = 0;
        for (int source = 0; source < demand.length; source++) {
            double rate = demand[source] * passed;
            demand[source] = 0;
            if (rate <= 0) {
                continue;
            }
            int best = -1;
            double bestDistance = Double.MAX_VALUE;
            for (int l : out) {
                int t = graph.linkTo[l];
                if (!healthy(t) || linkBroken[l]) {
                    continue;
                }
                double distance = graph.regionOf[t] == graph.regionOf[source] ? -1
                        : Math.abs(regionUtcOffset[t] - regionUtcOffset[source]);
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = l;
                }
            }
            if (best < 0) {
                unroutable += rate;
            } else {
                linkRates[best] += rate;
                int target = graph.linkTo[best];
                state.arrivals[target] += guards.outgoing(best, rate, target, second);
            }
        }
        if (unroutable > 0) {
            double share = unroutable / Math.max(state.served[i], unroutable);
            state.failed[i] += unroutable;
            state.served[i] -= unroutable;
            state.cumulativeServed[i] -= unroutable;
            state.cumulativeFailed[i] += unroutable;
            state.errorOwn[i] = Math.max(state.errorOwn[i], share);
        }
    }

    /** Nothing healthy behind a balancer: what it accepted fails (HTTP 503). */
    private void noRoute(int i) {
        state.failed[i] += state.served[i];
        state.cumulativeFailed[i] += state.served[i];
        state.cumulativeServed[i] -= state.served[i];
        state.served[i] = 0;
        state.errorOwn[i] = state.failed[i] > 0 ? 1 : state.errorOwn[i];
    }

    /**
     * A service calls its dependencies for each request it serves: the auth service for the share
     * that needs a login, the cache for reads (a dead cache is skipped and every read goes to the
     * database), the database for writes and cache misses (writes to whichever server is primary
     * now; reads spread over the healthy ones), Kafka for the share that publishes an event, and
     * other services once per request. A request over a broken link fails (see endToEnd).
     */
    private void routeCalls(int i) {
        int[] out = graph.outLinks[i];
        double served = state.served[i];
        boolean isAuth = graph.kind[i] == NodeKind.AUTH_SERVICE;
        double reads = served * workload.readRatio();
        double writes = served - reads;
        int liveCaches = 0;
        int caches = 0;
        double hitSum = 0;
        int readers = 0;
        int writers = 0;
        boolean anyHealthyReader = false;
        boolean anyHealthyWriter = false;
        for (int l : out) {
            int t = graph.linkTo[l];
            switch (graph.linkType[l]) {
                case CACHE -> {
                    caches++;
                    if (healthy(t) && !linkBroken[l] && graph.kind[t] == NodeKind.REDIS) {
                        liveCaches++;
                        hitSum += hitRatio(t);
                    }
                }
                case SQL, SQL_READ -> {
                    boolean ok = healthy(t) && !linkBroken[l];
                    anyHealthyReader |= ok;
                    anyHealthyWriter |= ok && writable(t);
                }
                default -> {
                }
            }
        }
        for (int l : out) {
            int t = graph.linkTo[l];
            boolean ok = healthy(t) && !linkBroken[l];
            if (graph.linkType[l] == LinkType.SQL || graph.linkType[l] == LinkType.SQL_READ) {
                if (ok || !anyHealthyReader) {
                    readers++;
                }
                if (writable(t) && (ok || !anyHealthyWriter)) {
                    writers++;
                }
            }
        }
        // Reads the caches answer never reach the database.
        double dbReads = isAuth || caches == 0 ? reads : reads * (1 - hitSum / caches);
        for (int l : out) {
            int t = graph.linkTo[l];
            boolean ok = healthy(t) && !linkBroken[l];
            double rate = switch (graph.linkType[l]) {
                case HTTP -> graph.kind[t] == NodeKind.AUTH_SERVICE ? served * workload.authShare() : served;
                // The auth service's cache is its session store: one look-up per login, no fallback.
                case CACHE -> isAuth ? served / caches : (ok ? reads / caches : 0);
                case SQL, SQL_READ -> {
                    double r = ok || !anyHealthyReader ? dbReads / Math.max(1, readers) : 0;
                    double w = writable(t) && (ok || !anyHealthyWriter) ? writes / Math.max(1, writers) : 0;
                    if (!linkBroken[l] && r + w > 0) {
                        state.writeArrivals[t] += w * guards.outgoing(l, r + w, t, second) / (r + w);
                    }
                    yield r + w;
                }
                case EVENT_STREAM -> served * workload.eventShare();
                default -> 0;
            };
            linkRates[l] = rate;
            if (!linkBroken[l]) {
                state.arrivals[t] += guards.outgoing(l, rate, t, second);
            }
        }
    }

    private boolean writable(int i) {
        PostgresNode.Role role = state.role[i];
        return role != null && role != PostgresNode.Role.REPLICA;
    }

    /** Kafka stores what producers send; consumers drain it at their rate; the rest is lag. */
    private void routeEvents(int i, KafkaNode kafka) {
        state.consumerBacklog[i] += state.served[i];
        int[] out = graph.outLinks[i];
        double drainRate = out.length == 0 || state.down[i] ? 0 : kafka.consumerRate() * state.capacityFactor[i];
        double drained = Math.min(state.consumerBacklog[i], drainRate);
        state.consumerBacklog[i] -= drained;
        for (int l : out) {
            linkRates[l] = drained / out.length;
            state.arrivals[graph.linkTo[l]] += linkRates[l];
        }
    }

    /** Followers apply their leader's writes at their apply rate; what waits is replication lag. */
    private void replicate() {
        for (int[] pair : replication) {
            state.replicationBacklog[pair[1]] += state.writesServed[pair[0]];
        }
        for (int[] pair : replication) {
            int follower = pair[1];
            if (graph.kind[follower] != NodeKind.POSTGRES || state.role[follower] == PostgresNode.Role.PRIMARY) {
                continue;
            }
            boolean cut = partitioned(pair[0], pair[1]);
            double applyRate = state.down[follower] || cut ? 0 : state.applyRate[follower] * state.applyFactor[follower];
            state.replicationBacklog[follower] = Math.max(0, state.replicationBacklog[follower] - applyRate);
            state.replicationLag[follower] = applyRate > 0 ? state.replicationBacklog[follower] / applyRate
                    : (state.replicationBacklog[follower] > 0 ? state.replicationLag[follower] + 1 : 0);
        }
    }

    private boolean partitioned(int a, int b) {
        for (ActiveFaults.Entry e : faults.active()) {
            if (e.fault instanceof Fault.NetworkPartition && ActiveFaults.separates(graph, a, b, e.target, e.other)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Latency and errors along the request path, from the leaves up: a node's end-to-end figure is
     * its own plus, for each dependency, the share of requests that call it times the dependency's
     * end-to-end figure. Adding quantiles overstates the tail slightly, which errs on the side the
     * user would notice. Consumers behind Kafka are asynchronous and do not count.
     */
    private void endToEnd() {
        NodeStates s = state;
        // The per-node work sits in the loop: as a method of its own it was too large to inline.
        for (int k = graph.order.length - 1; k >= 0; k--) {
            int i = graph.order[k];
            double p50 = s.p50[i];
            double p95 = s.p95[i];
            double p99 = s.p99[i];
            double success = 1 - s.errorOwn[i];
            if (graph.kind[i] != NodeKind.KAFKA) {
                double base = graph.kind[i] == NodeKind.TRAFFIC_SOURCE ? s.arrivals[i] : s.served[i];
                for (int l : graph.outLinks[i]) {
                    double share = base > 0 ? linkRates[l] / base : 0;
                    if (share <= 0) {
                        continue;
                    }
                    if (linkBroken[l]) {
                        success *= 1 - Math.min(1, share);
                        continue;
                    }
                    int d = graph.linkTo[l];
                    double hop = linkExtraLatency[l];
                    p50 += share * (guards.callLatency(l, s.e2eP50[d], d, second) + hop);
                    p95 += share * (guards.callLatency(l, s.e2eP95[d], d, second) + hop);
                    p99 += share * (guards.callLatency(l, s.e2eP99[d], d, second) + hop);
                    success *= 1 - Math.min(1, share) * guards.failure(l, d, second);
                }
            }
            s.e2eP50[i] = p50;
            s.e2eP95[i] = p95;
            s.e2eP99[i] = p99;
            s.errorE2E[i] = 1 - success;
        }
    }

    /**
     * The second's figures: each node's resources with the fleet's totals, what the users got, each
     * node's log lines, then the metrics recorded metric by metric. Tight passes rather than one
     * that does everything per node: the cost is the per-node work, not memory (it is the same per
     * node at 1,000 nodes), and a loop holding that work keeps each pass's arrays out of it.
     */
    private void measure() {
        double offered = 0;
        double succeeded = 0;
        double failed = 0;
        double p50 = 0;
        double p95 = 0;
        double p99 = 0;
        resources();
        metrics.beginSecond(second);
        try {
            for (int i : trafficSources) {
                offered += state.arrivals[i];
                for (int l : graph.outLinks[i]) {
                    int entry = graph.linkTo[l];
                    double handled = state.served[entry] + state.failed[entry];
                    double done = state.arrivals[entry] > 0 ? linkRates[l] * handled / Math.max(state.arrivals[entry], handled) : 0;
                    succeeded += done * (1 - state.errorE2E[entry]);
                    failed += done * state.errorE2E[entry];
                }
                p50 += state.arrivals[i] * state.e2eP50[i];
                p95 += state.arrivals[i] * state.e2eP95[i];
                p99 += state.arrivals[i] * state.e2eP99[i];
            }
            logs.nodes(second, measured, linkRates, linkBroken, linkExtraLatency, kafkaFaulted, certificateExpired);
            recordNodes();
            double costPerHour = fleetCostPerHour;
            cumulativeOffered += offered;
            cumulativeSucceeded += succeeded;
            cumulativeFailed += failed;
            cumulativeCost += costPerHour / 3600;
            double done = succeeded + failed;
            double w = offered > 0 ? 1000 / offered : 0;
            double answered = cumulativeSucceeded + cumulativeFailed;
            system = new SystemStatus(offered, succeeded, done > 0 ? 100 * failed / done : 0,
                    p50 * w, p95 * w, p99 * w, answered > 0 ? 100 * cumulativeSucceeded / answered : 100,
                    fleetQueued, fleetInstances, fleetCpuCount > 0 ? fleetCpuSum / fleetCpuCount : 0, costPerHour, cumulativeCost);
            recordSystem();
        } finally {
            metrics.endSecond();
        }
        statusHistory.record(second, state, linkRates);
    }

    /**
     * CPU, memory, disk, network, connections and cost of every measured node, in one pass before
     * the logs read them, and the fleet's totals. The per-node work sits in the loop itself: as a
     * method of its own it was too large for the compiler to inline.
     */
    private void resources() {
        NodeStates s = state;
        double queued = 0;
        double cpuSum = 0;
        int cpuCount = 0;
        int instances = 0;
        double costPerHour = 0;
        for (int i = 0; i < measured.length; i++) {
            if (!measured[i]) {
                continue;
            }
            boolean postgres = graph.kind[i] == NodeKind.POSTGRES;
            double busy = Math.min(1, s.utilization[i]);
            boolean off = s.down[i] || s.ready[i] == 0;
            s.cpu[i] = off ? 0 : Math.min(100, 3 + 92 * busy + s.extraCpu[i]);
            s.memory[i] = off ? 0 : Math.min(100, 28 + 40 * busy
                    + Math.min(20, NodeStates.ratio(s.queue[i], Math.max(1, s.perInstanceRps[i] * s.ready[i])) * 2)
                    + s.leakedMemory[i]);
            s.network[i] = s.served[i] * BYTES_PER_REQUEST / 1e6;
            s.connections[i] = s.served[i] * s.p50[i] + (postgres ? 10.0 * s.ready[i] : 0);
            double baseDisk = postgres ? 35 + s.cumulativeServed[i] * 2e-9 : 20;
            s.disk[i] = Math.min(100, baseDisk + s.filledDisk[i]);
            if (graph.kind[i] == NodeKind.REDIS) {
                s.cacheHitRatio[i] = off ? 0 : hitRatio(i);
            }
            s.costPerHour[i] = (s.ready[i] + s.booting[i]) * hourlyPrice[i];
            queued += s.queue[i];
            instances += s.ready[i];
            if (s.ready[i] > 0) {
                cpuSum += s.cpu[i];
                cpuCount++;
            }
            costPerHour += s.costPerHour[i];
        }
        fleetQueued = queued;
        fleetCpuSum = cpuSum;
        fleetCpuCount = cpuCount;
        fleetInstances = instances;
        fleetCostPerHour = costPerHour;
    }

    // ---- metrics ------------------------------------------------------------------------------

    private Map<String, List<Metric>> channelSpec() {
        Map<String, List<Metric>> spec = new LinkedHashMap<>();
        spec.put(MetricsStore.SYSTEM, List.of(Metric.REQUEST_RATE, Metric.ERROR_RATE, Metric.LATENCY_P50,
                Metric.LATENCY_P95, Metric.LATENCY_P99, Metric.CPU, Metric.INSTANCES, Metric.COST_PER_HOUR,
                Metric.AVAILABILITY, Metric.QUEUE));
        for (Node node : graph.nodes) {
            List<Metric> list = new ArrayList<>();
            if (node instanceof TrafficSource) {
                list.add(Metric.REQUEST_RATE);
            } else if (node.capacity() != null) {
                list.addAll(List.of(Metric.REQUEST_RATE, Metric.ERROR_RATE, Metric.LATENCY_P50, Metric.LATENCY_P95,
                        Metric.LATENCY_P99, Metric.CPU, Metric.MEMORY, Metric.DISK, Metric.NETWORK, Metric.QUEUE,
                        Metric.INSTANCES, Metric.COST_PER_HOUR));
                switch (node) {
                    case AppService a when a.hotReload() -> list.add(Metric.BUILD_TIME);
                    case PostgresNode p -> list.addAll(List.of(Metric.REPLICATION_LAG, Metric.CONNECTIONS));
                    case RedisNode r -> list.add(Metric.CACHE_HIT_RATIO);
                    case KafkaNode k -> list.add(Metric.CONSUMER_LAG);
                    default -> {
                    }
                }
            }
            if (!list.isEmpty()) {
                spec.put(node.id(), list);
            }
        }
        return spec;
    }

    /** The channel of a metric's first recorder, after checking the recorders' channels are consecutive. */
    private int firstOfConsecutive(Metric metric, int[] nodes) {
        if (nodes.length == 0) {
            return -1;
        }
        int first = metrics.channel(graph.nodes[nodes[0]].id(), metric);
        for (int k = 0; k < nodes.length; k++) {
            if (metrics.channel(graph.nodes[nodes[k]].id(), metric) != first + k) {
                throw new IllegalStateException("the " + metric.label() + " channels of the nodes are not consecutive");
            }
        }
        return first;
    }

    /** Consecutive node indices as (first, length) pairs, when they come in runs of 16 on average. */
    private static int[] runs(int[] nodes) {
        List<Integer> pairs = new ArrayList<>();
        for (int k = 0; k < nodes.length; ) {
            int start = k;
            while (k + 1 < nodes.length && nodes[k + 1] == nodes[k] + 1) {
                k++;
            }
            k++;
            pairs.add(nodes[start]);
            pairs.add(k - start);
        }
        return pairs.size() / 2 * 16 <= nodes.length ? pairs.stream().mapToInt(Integer::intValue).toArray() : null;
    }

    /** A metric's values from an array of the node state, by runs where it has them. */
    private void record(Metric m, double[] values, double scale) {
        int first = firstRecorderChannel[m.ordinal()];
        int[] runs = recorderRuns[m.ordinal()];
        if (runs == null) {
            metrics.putAll(first, recorders[m.ordinal()], values, scale);
            return;
        }
        for (int r = 0; r < runs.length; r += 2) {
            metrics.putRange(first, values, runs[r], runs[r + 1], scale);
            first += runs[r + 1];
        }
    }

    /**
     * Every node's metrics of the second, metric by metric, in the order of {@link #channelSpec}:
     * what each node's figures were once its resources are measured (after the pass over the nodes,
     * which changes none of them).
     */
    private void recordNodes() {
        for (Metric m : METRICS) {
            int[] nodes = recorders[m.ordinal()];
            if (nodes.length == 0) {
                continue;
            }
            int first = firstRecorderChannel[m.ordinal()];
            switch (m) {
                case REQUEST_RATE -> record(m, state.arrivals, 1);
                case ERROR_RATE -> record(m, state.errorOwn, 100);
                case LATENCY_P50 -> record(m, state.p50, 1000);
                case LATENCY_P95 -> record(m, state.p95, 1000);
                case LATENCY_P99 -> record(m, state.p99, 1000);
                case CPU -> record(m, state.cpu, 1);
                case MEMORY -> record(m, state.memory, 1);
                case DISK -> record(m, state.disk, 1);
                case NETWORK -> record(m, state.network, 1);
                case QUEUE -> record(m, state.queue, 1);
                case INSTANCES -> {
                    for (int k = 0; k < nodes.length; k++) {
                        int i = nodes[k];
                        metrics.put(first + k, state.down[i] ? 0 : state.ready[i]);
                    }
                }
                case COST_PER_HOUR -> record(m, state.costPerHour, 1);
                case BUILD_TIME -> {
                    for (int k = 0; k < nodes.length; k++) {
                        metrics.put(first + k, pipeline.lastBuildSeconds(nodes[k]));
                    }
                }
                case REPLICATION_LAG -> record(m, state.replicationLag, 1);
                case CONNECTIONS -> record(m, state.connections, 1);
                case CACHE_HIT_RATIO -> record(m, state.cacheHitRatio, 100);
                case CONSUMER_LAG -> record(m, state.consumerBacklog, 1);
                case AVAILABILITY -> throw new IllegalStateException("nodes record no availability");
            }
        }
    }

    private void recordSystem() {
        int[] c = systemChannels;
        metrics.put(c[Metric.REQUEST_RATE.ordinal()], system.offeredRps());
        metrics.put(c[Metric.ERROR_RATE.ordinal()], system.errorRate());
        metrics.put(c[Metric.LATENCY_P50.ordinal()], system.latencyP50Ms());
        metrics.put(c[Metric.LATENCY_P95.ordinal()], system.latencyP95Ms());
        metrics.put(c[Metric.LATENCY_P99.ordinal()], system.latencyP99Ms());
        metrics.put(c[Metric.CPU.ordinal()], system.cpu());
        metrics.put(c[Metric.INSTANCES.ordinal()], system.instances());
        metrics.put(c[Metric.COST_PER_HOUR.ordinal()], system.costPerHour());
        metrics.put(c[Metric.AVAILABILITY.ordinal()], system.availability());
        metrics.put(c[Metric.QUEUE.ordinal()], system.queued());
    }

    // ---- snapshots ----------------------------------------------------------------------------

    NodeStatus status(int i) {
        // A node that is down has nothing ready, whatever instances it still has on paper.
        NodeStates s = state;
        return new NodeStatus(graph.nodes[i].id(), s.health(i), s.down[i] ? 0 : s.ready[i], s.booting[i], s.arrivals[i],
                100 * s.errorOwn[i], 1000 * s.p50[i], 1000 * s.p95[i], 1000 * s.p99[i], 1000 * s.e2eP95[i], s.utilization[i],
                s.cpu[i], s.memory[i], s.disk[i], s.network[i], s.queue[i], s.replicationLag[i], 100 * s.cacheHitRatio[i],
                s.consumerBacklog[i], s.connections[i], s.costPerHour[i], pipeline.lastBuildSeconds(i));
    }

    /** An immutable picture of now, for the UI. */
    public Snapshot snapshot(Snapshot.RunState runState, Speed speed, List<SimEvent> newEvents) {
        return new Snapshot(topology, second, epochSecond(), runState, speed, system, statuses(), linkRates(),
                newEvents, pipeline.runs(), pipeline.dora());
    }

    // ---- for the autoscaler, faults, rollouts and the data layer -------------------------------

    void schedule(long timeMillis, ScheduledEvent event) {
        events.schedule(timeMillis, event);
    }

    int linkCount() {
        return graph.links.length;
    }

    int linkTarget(int l) {
        return graph.linkTo[l];
    }

    boolean carriesRequests(int l) {
        return graph.linkType[l].carriesRequests();
    }

    /** Points a request link at another node whose own links lead nowhere (a database); the order holds. */
    void retarget(int l, int target) {
        graph.retarget(l, target);
    }

    boolean faultsOn(int i, Class<? extends Fault> kind) {
        return faults.has(i, kind);
    }

    int[][] replicationPairs() {
        return replication;
    }

    double utcOffsetHours(int i) {
        return regionUtcOffset[i];
    }

    /** Takes a node out of service for a while (a restore, a restart). */
    void takeDown(int i, int seconds, String why) {
        downUntil[i] = Math.max(downUntil[i], second + seconds);
        state.down[i] = true;
        log.append(new SimEvent(second, Severity.WARNING, graph.nodes[i].id(), "maintenance",
                "%s: out of service for %d s (%s)".formatted(graph.nodes[i].id(), seconds, why)));
    }

    /** The version a service runs, with the rollout's progress while one is under way. */
    public String version(String nodeId) {
        return rollouts.describe(graph.index(nodeId));
    }

    /** The delivery pipeline's runs, stage by stage, for the pipeline strip. */
    public List<DeliveryPipeline.Run> pipelineRuns() {
        return pipeline.runs();
    }

    /** Deployment frequency, lead time, change failure rate and time to restore, so far. */
    public DeliveryPipeline.Dora dora() {
        return pipeline.dora();
    }

    void deployFromPipeline(int service, Rollouts.Version version) {
        Delivery.Strategy strategy = topology.delivery() != null ? topology.delivery().strategy() : Delivery.Strategy.ROLLING_UPDATE;
        rollouts.deploy(service, version, strategy);
    }

    boolean deploying(int service) {
        return rollouts.deploying(service);
    }

    /** Failovers and restores so far, with what they lost. */
    public List<DataLayer.Recovery> recoveries() {
        return dataLayer.recoveries();
    }

    /** The security posture now: the topology's audit minus the findings fixed in this run. */
    public PostureReport posture() {
        return hardening.posture();
    }

    /** Faults in force: action name and target, for the UI and summaries. */
    public List<String> activeFaults() {
        return faults.active().stream().map(e -> e.fault.actionName() + (e.target >= 0 ? " on " + graph.nodes[e.target].id() : ""))
                .toList();
    }

    /** Lets the AI rollback policy and canary analysis use an anomaly detector (the ml module's). */
    public void attachAnomalyDetector(org.devopssim.simulation.spi.AnomalyDetector anomalyDetector) {
        this.detector = anomalyDetector;
        rollouts.attach(featureEnabled(Feature.AI_CANARY) ? anomalyDetector : null);
    }

    /** Lets predictive autoscaling use a load forecaster (the ml module's). */
    public void attachForecaster(org.devopssim.simulation.spi.LoadForecaster loadForecaster) {
        this.forecaster = loadForecaster;
        autoscaler.attach(featureEnabled(Feature.PREDICTIVE_AUTOSCALING) ? loadForecaster : null);
    }

    // ---- experimental features and logs -------------------------------------------------------

    /** Whether an experimental capability is on (all are, until a {@link Action.SetFeature} switches one off). */
    public boolean featureEnabled(Feature feature) {
        return !disabledView.contains(feature);
    }

    /** The capabilities switched off now; safe from any thread. */
    public java.util.Set<Feature> disabledFeatures() {
        return disabledView;
    }

    private void setFeature(Feature feature, boolean enabled) {
        if (enabled != disabled.contains(feature)) {
            return;
        }
        if (enabled) {
            disabled.remove(feature);
        } else {
            disabled.add(feature);
        }
        disabledView = java.util.Set.copyOf(disabled);
        switch (feature) {
            case PREDICTIVE_AUTOSCALING -> autoscaler.attach(enabled ? forecaster : null);
            case AI_CANARY -> rollouts.attach(enabled ? detector : null);
            case RL_AUTOSCALING -> autoscaler.attach(enabled ? agent : null);
            case ML_QUERY_CACHING -> {
                for (var cache : queryCaches) {
                    if (cache != null) {
                        cache.learnedAdmission(enabled);
                    }
                }
            }
            default -> {
            }
        }
        log.append(new SimEvent(second, Severity.INFO, null, "feature-changed", "%s switched %s%s".formatted(
                feature.label(), enabled ? "on" : "off", enabled || feature.presentIn(topology) ? ""
                        : " (not used by this topology)")));
    }

    /** The components' log stream; readable from any thread. */
    public org.devopssim.simulation.logs.LogStream logs() {
        return logs.stream();
    }

    /** Which nodes have a broker down or an expired certificate this second: what their logs say depends on it. */
    private void markFaultsForLogs() {
        for (ActiveFaults.Entry e : faults.active()) {
            if (e.fault instanceof Fault.KafkaBrokerDown) {
                kafkaFaulted[e.target] = true;
            } else if (e.fault instanceof Fault.TlsCertExpired) {
                certificateExpired[e.target] = true;
            }
        }
    }

    private void clearFaultMarks() {
        for (ActiveFaults.Entry e : faults.active()) {
            if (e.target >= 0) {
                kafkaFaulted[e.target] = false;
                certificateExpired[e.target] = false;
            }
        }
    }

    /** Lets the "rl" autoscaling policy use a learned scaling agent (the ml module's). */
    public void attachScalingAgent(org.devopssim.simulation.spi.ScalingAgent scalingAgent) {
        this.agent = scalingAgent;
        autoscaler.attach(featureEnabled(Feature.RL_AUTOSCALING) ? scalingAgent : null);
    }

    int nodeCount() {
        return state.size();
    }

    Node spec(int i) {
        return graph.nodes[i];
    }

    NodeStates states() {
        return state;
    }

    EventLog log() {
        return log;
    }
}
