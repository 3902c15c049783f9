package org.devopssim.simulation.engine;

import org.devopssim.simulation.model.Capacity;
import org.devopssim.simulation.model.Node;

/**
 * The mutable state of one node, owned by the simulation thread. A serving node is a queueing
 * station: requests arrive, up to its capacity are served each second, the rest wait in a queue,
 * and those that would wait longer than the timeout fail.
 */
final class NodeState {

    /** Latency quantiles of the service time relative to its mean (a right-skewed distribution). */
    private static final double P50_FACTOR = 0.85;
    private static final double P95_FACTOR = 1.9;
    private static final double P99_FACTOR = 2.9;
    private static final double LOG_TAIL_50 = Math.log(0.50);
    private static final double LOG_TAIL_95 = Math.log(0.05);
    private static final double LOG_TAIL_99 = Math.log(0.01);

    final Node spec;
    final boolean serving;
    final double perInstanceRps;
    final double serviceSeconds;
    final int workersPerInstance;

    int ready;
    int booting;
    /** PostgreSQL's role now: a failover changes it from what the file says. */
    org.devopssim.simulation.model.PostgresNode.Role role;

    // Modifiers from faults and releases, recomputed every second (neutral values below).
    boolean down;
    double capacityFactor = 1;
    double serviceFactor = 1;
    double extraErrorRate;
    double applyFactor = 1;
    double trafficFactor = 1;
    double extraCpu;
    /** Memory leaked and disk filled by faults so far, in percent. */
    double leakedMemory;
    double filledDisk;

    double queue;
    double cumulativeArrived;
    double cumulativeServed;
    double cumulativeFailed;

    // This second's figures.
    double arrivals;
    double writeArrivals;
    double served;
    double writesServed;
    double failed;
    double utilization;
    double p50;
    double p95;
    double p99;
    double errorOwn;
    /** Errors from lack of capacity alone, before a release's or certificate's own errors. */
    double baseErrorOwn;
    double e2eP50;
    double e2eP95;
    double e2eP99;
    double errorE2E;
    double cpu;
    double memory;
    double disk;
    double network;
    double connections;
    double costPerHour;

    /** Sakasegawa's exponent, cached for the server count it was computed for. */
    private int exponentServers = -1;
    private double exponent;

    // Kind-specific.
    double replicationBacklog;
    double replicationLag;
    double cacheHitRatio;
    double consumerBacklog;

    NodeState(Node spec) {
        this.spec = spec;
        Capacity c = spec.capacity();
        this.serving = c != null;
        this.perInstanceRps = c == null ? 0 : c.perInstanceRps();
        this.serviceSeconds = c == null ? 0 : c.baseLatencyMs() / 1000.0;
        // Concurrent workers per instance, so that workers / service time = the instance's throughput.
        this.workersPerInstance = c == null ? 0 : Math.max(1, (int) Math.round(perInstanceRps * serviceSeconds));
        this.ready = c == null ? 0 : c.instances();
        this.role = spec instanceof org.devopssim.simulation.model.PostgresNode p ? p.role() : null;
    }

    void resetModifiers() {
        down = false;
        capacityFactor = 1;
        serviceFactor = 1;
        extraErrorRate = 0;
        applyFactor = 1;
        trafficFactor = 1;
        extraCpu = 0;
        // A fixed leak (restarted) or a cleaned-up disk leaves nothing behind.
        leakedMemory = 0;
        filledDisk = 0;
    }

    double capacityRps() {
        // A slower service time ties up the same workers for longer: throughput falls with it.
        return down ? 0 : ready * perInstanceRps * capacityFactor / serviceFactor;
    }

    void clearTick() {
        arrivals = 0;
        writeArrivals = 0;
    }

    /** Serves one second of arrivals; updates queue, failures, utilisation and own latency. */
    void serve(double timeoutSeconds) {
        double capacity = capacityRps();
        double backlog = queue + arrivals;
        cumulativeArrived += arrivals;
        if (capacity <= 0) {
            // Nobody listening: everything fails fast (connection refused).
            served = 0;
            failed = backlog;
            queue = 0;
        } else {
            served = Math.min(backlog, capacity);
            queue = backlog - served;
            double maxQueue = capacity * timeoutSeconds;
            failed = Math.max(0, queue - maxQueue);
            queue -= failed;
        }
        double handled = served + failed;
        baseErrorOwn = handled > 0 ? failed / handled : (capacity <= 0 ? 1 : 0);
        if (extraErrorRate > 0 && served > 0) {
            // A bad release or an expired certificate answers with errors instead of results.
            double errors = served * Math.min(1, extraErrorRate);
            served -= errors;
            failed += errors;
        }
        writesServed = arrivals > 0 ? served * Math.min(1, writeArrivals / arrivals) : 0;
        cumulativeServed += served;
        cumulativeFailed += failed;
        utilization = capacity > 0 ? arrivals / capacity : (arrivals > 0 ? 1 : 0);
        double done = served + failed;
        errorOwn = done > 0 ? failed / done : (capacity <= 0 ? 1 : 0);
        computeLatency(capacity);
    }

    private void computeLatency(double capacity) {
        if (capacity <= 0) {
            p50 = p95 = p99 = 0;
            return;
        }
        int servers = Math.max(1, (int) Math.round(ready * workersPerInstance * capacityFactor));
        if (servers != exponentServers) {
            exponentServers = servers;
            exponent = Queueing.exponent(servers);
        }
        double service = serviceSeconds * serviceFactor;
        double backlogDelay = queue / capacity;
        double rho = Math.min(utilization, Queueing.MAX_RHO);
        double pw = Queueing.waitProbability(rho, exponent);
        double logPw = pw > 0 ? Math.log(pw) : Double.NEGATIVE_INFINITY;
        p50 = service * P50_FACTOR + Queueing.waitQuantile(logPw, LOG_TAIL_50, rho, servers, service) + backlogDelay;
        p95 = service * P95_FACTOR + Queueing.waitQuantile(logPw, LOG_TAIL_95, rho, servers, service) + backlogDelay;
        p99 = service * P99_FACTOR + Queueing.waitQuantile(logPw, LOG_TAIL_99, rho, servers, service) + backlogDelay;
    }

    /** True when the node is short of capacity, erroring or slow enough for a user to notice. */
    Health health() {
        if (!serving) {
            return Health.NONE;
        }
        if (down || ready == 0) {
            return Health.DOWN;
        }
        if (errorOwn > 0.01 || utilization > 0.9 || queue > 1 || capacityFactor < 1 || serviceFactor > 1.5) {
            return Health.DEGRADED;
        }
        return Health.UP;
    }
}
