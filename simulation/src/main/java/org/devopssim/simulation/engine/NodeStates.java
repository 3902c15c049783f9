package org.devopssim.simulation.engine;

import java.util.Arrays;
import org.devopssim.simulation.model.Capacity;
import org.devopssim.simulation.model.Node;
import org.devopssim.simulation.model.PostgresNode;

/**
 * The mutable state of every node, owned by the simulation thread: one array per field, indexed by
 * the node's dense index (its place in the flow order). A serving node is a queueing station:
 * requests arrive, up to its capacity are served each second, the rest wait in a queue, and those
 * that would wait longer than the timeout fail.
 *
 * <p>Struct of arrays rather than an object per node: each per-second pass reads a few fields of
 * every node, and on a 10,000-node fleet walking those fields as contiguous arrays keeps the pass
 * streaming through memory instead of missing the cache on an object of 50 fields per node.
 */
final class NodeStates {

    /** Latency quantiles of the service time relative to its mean (a right-skewed distribution). */
    private static final double P50_FACTOR = 0.85;
    private static final double P95_FACTOR = 1.9;
    private static final double P99_FACTOR = 2.9;
    private static final double LOG_TAIL_50 = Math.log(0.50);
    private static final double LOG_TAIL_95 = Math.log(0.05);
    private static final double LOG_TAIL_99 = Math.log(0.01);

    final boolean[] serving;
    final double[] perInstanceRps;
    final double[] serviceSeconds;
    final int[] workersPerInstance;
    /** Writes per second a PostgreSQL follower replays (0 for other kinds). */
    final double[] applyRate;

    final int[] ready;
    final int[] booting;
    /** PostgreSQL's role now: a failover changes it from what the file says. */
    final PostgresNode.Role[] role;

    // Modifiers from faults and releases, recomputed every second (neutral values in resetModifiers).
    final boolean[] down;
    final double[] capacityFactor;
    final double[] serviceFactor;
    final double[] extraErrorRate;
    final double[] applyFactor;
    final double[] trafficFactor;
    final double[] extraCpu;
    /** Memory leaked and disk filled by faults so far, in percent. */
    final double[] leakedMemory;
    final double[] filledDisk;

    /** This second's capacity in requests per second, settled before traffic flows (see {@link #settleCapacity}). */
    final double[] capacity;

    final double[] queue;
    final double[] cumulativeArrived;
    final double[] cumulativeServed;
    final double[] cumulativeFailed;

    // This second's figures.
    final double[] arrivals;
    final double[] writeArrivals;
    final double[] served;
    final double[] writesServed;
    final double[] failed;
    final double[] utilization;
    final double[] p50;
    final double[] p95;
    final double[] p99;
    final double[] errorOwn;
    /** Errors from lack of capacity alone, before a release's or certificate's own errors. */
    final double[] baseErrorOwn;
    final double[] e2eP50;
    final double[] e2eP95;
    final double[] e2eP99;
    final double[] errorE2E;
    final double[] cpu;
    final double[] memory;
    final double[] disk;
    final double[] network;
    final double[] connections;
    final double[] costPerHour;

    /** Sakasegawa's exponent, cached for the server count it was computed for. */
    private final int[] exponentServers;
    private final double[] exponent;
    /**
     * Utilisation below which, for the cached exponent, even the 99th percentile waits nothing
     * ({@code exponent * log(rho) <= log(0.01)} with a margin far above rounding): most caches and
     * databases run there, and the test spares them the logarithm without changing a result.
     */
    private final double[] noWaitBelow;

    // Kind-specific.
    final double[] replicationBacklog;
    final double[] replicationLag;
    final double[] cacheHitRatio;
    final double[] consumerBacklog;

    NodeStates(Node[] nodes) {
        int n = nodes.length;
        serving = new boolean[n];
        perInstanceRps = new double[n];
        serviceSeconds = new double[n];
        workersPerInstance = new int[n];
        applyRate = new double[n];
        ready = new int[n];
        booting = new int[n];
        role = new PostgresNode.Role[n];
        down = new boolean[n];
        capacityFactor = new double[n];
        serviceFactor = new double[n];
        extraErrorRate = new double[n];
        applyFactor = new double[n];
        trafficFactor = new double[n];
        extraCpu = new double[n];
        leakedMemory = new double[n];
        filledDisk = new double[n];
        capacity = new double[n];
        queue = new double[n];
        cumulativeArrived = new double[n];
        cumulativeServed = new double[n];
        cumulativeFailed = new double[n];
        arrivals = new double[n];
        writeArrivals = new double[n];
        served = new double[n];
        writesServed = new double[n];
        failed = new double[n];
        utilization = new double[n];
        p50 = new double[n];
        p95 = new double[n];
        p99 = new double[n];
        errorOwn = new double[n];
        baseErrorOwn = new double[n];
        e2eP50 = new double[n];
        e2eP95 = new double[n];
        e2eP99 = new double[n];
        errorE2E = new double[n];
        cpu = new double[n];
        memory = new double[n];
        disk = new double[n];
        network = new double[n];
        connections = new double[n];
        costPerHour = new double[n];
        exponentServers = new int[n];
        exponent = new double[n];
        noWaitBelow = new double[n];
        replicationBacklog = new double[n];
        replicationLag = new double[n];
        cacheHitRatio = new double[n];
        consumerBacklog = new double[n];
        Arrays.fill(exponentServers, -1);
        for (int i = 0; i < n; i++) {
            Capacity c = nodes[i].capacity();
            serving[i] = c != null;
            perInstanceRps[i] = c == null ? 0 : c.perInstanceRps();
            serviceSeconds[i] = c == null ? 0 : c.baseLatencyMs() / 1000.0;
            // Concurrent workers per instance, so that workers / service time = the instance's throughput.
            workersPerInstance[i] = c == null ? 0 : Math.max(1, (int) Math.round(perInstanceRps[i] * serviceSeconds[i]));
            ready[i] = c == null ? 0 : c.instances();
            if (nodes[i] instanceof PostgresNode p) {
                role[i] = p.role();
                applyRate[i] = p.applyRate();
            }
        }
        resetModifiers();
    }

    int size() {
        return serving.length;
    }

    /** Every node's modifiers back to neutral, and this second's arrivals to none. */
    void resetModifiers() {
        Arrays.fill(arrivals, 0);
        Arrays.fill(writeArrivals, 0);
        Arrays.fill(down, false);
        Arrays.fill(capacityFactor, 1);
        Arrays.fill(serviceFactor, 1);
        Arrays.fill(extraErrorRate, 0);
        Arrays.fill(applyFactor, 1);
        Arrays.fill(trafficFactor, 1);
        Arrays.fill(extraCpu, 0);
        // A fixed leak (restarted) or a cleaned-up disk leaves nothing behind.
        Arrays.fill(leakedMemory, 0);
        Arrays.fill(filledDisk, 0);
    }

    /**
     * Fixes every node's capacity for the second, once faults, releases and scaling have changed
     * what they change: the flow pass and the logs read it per caller and per dependency, and
     * recomputing it there cost a division each time.
     */
    void settleCapacity() {
        for (int i = 0; i < capacity.length; i++) {
            capacity[i] = capacityRps(i);
        }
    }

    /** The capacity now, for callers outside the flow pass (a failover choosing a replica, a backup). */
    double capacityRps(int i) {
        // A slower service time ties up the same workers for longer: throughput falls with it.
        return down[i] ? 0 : ready[i] * perInstanceRps[i] * capacityFactor[i] / serviceFactor[i];
    }

    /**
     * Serves one second of the arrivals of the nodes {@code sequence[from..to)} that {@code which}
     * marks; updates queue, failures, utilisation and own latency. A loop here rather than a call
     * per node: the node's two dozen arrays are then looked up once per batch.
     */
    void serve(int[] sequence, int from, int to, boolean[] which, double timeoutSeconds) {
        for (int k = from; k < to; k++) {
            int i = sequence[k];
            if (!which[i]) {
                continue;
            }
            double capacity = this.capacity[i];
            double arrived = arrivals[i];
            double backlog = queue[i] + arrived;
            cumulativeArrived[i] += arrived;
            double ok;
            double lost;
            double waiting;
            if (capacity <= 0) {
                // Nobody listening: everything fails fast (connection refused).
                ok = 0;
                lost = backlog;
                waiting = 0;
            } else {
                ok = Math.min(backlog, capacity);
                waiting = backlog - ok;
                double maxQueue = capacity * timeoutSeconds;
                lost = Math.max(0, waiting - maxQueue);
                waiting -= lost;
            }
            double handled = ok + lost;
            baseErrorOwn[i] = handled > 0 ? ratio(lost, handled) : (capacity <= 0 ? 1 : 0);
            double extraErrors = extraErrorRate[i];
            if (extraErrors > 0 && ok > 0) {
                // A bad release or an expired certificate answers with errors instead of results.
                double errors = ok * Math.min(1, extraErrors);
                ok -= errors;
                lost += errors;
            }
            queue[i] = waiting;
            served[i] = ok;
            failed[i] = lost;
            writesServed[i] = arrived > 0 ? ok * Math.min(1, ratio(writeArrivals[i], arrived)) : 0;
            cumulativeServed[i] += ok;
            cumulativeFailed[i] += lost;
            double busy = capacity > 0 ? arrived / capacity : (arrived > 0 ? 1 : 0);
            utilization[i] = busy;
            double done = ok + lost;
            errorOwn[i] = done > 0 ? ratio(lost, done) : (capacity <= 0 ? 1 : 0);
            computeLatency(i, capacity, busy, waiting);
        }
    }

    /**
     * {@code part / whole}, without the division when {@code part} is zero and {@code whole}
     * positive (most nodes lose nothing and queue nothing): the quotient is then {@code part}
     * itself, sign included, so the value is always the same.
     */
    static double ratio(double part, double whole) {
        return part == 0 && whole > 0 ? part : part / whole;
    }

    private void computeLatency(int i, double capacity, double busy, double waiting) {
        if (capacity <= 0) {
            p50[i] = p95[i] = p99[i] = 0;
            return;
        }
        int servers = Math.max(1, (int) Math.round(ready[i] * workersPerInstance[i] * capacityFactor[i]));
        if (servers != exponentServers[i]) {
            exponentServers[i] = servers;
            exponent[i] = Queueing.exponent(servers);
            noWaitBelow[i] = Math.exp(LOG_TAIL_99 / exponent[i]) * (1 - 1e-6);
        }
        double service = serviceSeconds[i] * serviceFactor[i];
        double backlogDelay = ratio(waiting, capacity);
        double rho = Math.min(busy, Queueing.MAX_RHO);
        double wait50 = 0;
        double wait95 = 0;
        double wait99 = 0;
        if (!(rho < noWaitBelow[i])) {
            double logPw = Queueing.logWaitProbability(rho, exponent[i]);
            wait50 = Queueing.waitQuantile(logPw, LOG_TAIL_50, rho, servers, service);
            wait95 = Queueing.waitQuantile(logPw, LOG_TAIL_95, rho, servers, service);
            wait99 = Queueing.waitQuantile(logPw, LOG_TAIL_99, rho, servers, service);
        }
        p50[i] = service * P50_FACTOR + wait50 + backlogDelay;
        p95[i] = service * P95_FACTOR + wait95 + backlogDelay;
        p99[i] = service * P99_FACTOR + wait99 + backlogDelay;
    }

    /** True when the node is short of capacity, erroring or slow enough for a user to notice. */
    Health health(int i) {
        if (!serving[i]) {
            return Health.NONE;
        }
        if (down[i] || ready[i] == 0) {
            return Health.DOWN;
        }
        if (errorOwn[i] > 0.01 || utilization[i] > 0.9 || queue[i] > 1 || capacityFactor[i] < 1 || serviceFactor[i] > 1.5) {
            return Health.DEGRADED;
        }
        return Health.UP;
    }
}
