package org.devopssim.simulation.imports;

import org.devopssim.simulation.model.Capacity;

/**
 * Default capacities by kind, scaled by the CPU an instance is given.
 *
 * <p>The figures are what one full core of each kind serves in this simulator (an application
 * request of ~20 ms of work, a simple indexed query, an in-memory key look-up...). A container
 * that asks for a fraction of a core serves that fraction: Kubernetes' {@code 100m} is 0.1 core,
 * so an application pod with {@code requests.cpu: 100m} serves 20 req/s. Requests are used
 * before limits because the scheduler guarantees requests; without either, one core is assumed.
 * Memory sizes a Redis node's {@code maxMemoryMb}; the model has no memory pressure otherwise.
 */
public final class ResourceSizing {

    private ResourceSizing() {
    }

    public static double perCoreRps(ServiceKind kind) {
        return switch (kind) {
            case APP, AUTH -> 200;
            case POSTGRES, OTHER_DATABASE -> 1_000;
            case REDIS -> 20_000;
            case KAFKA -> 10_000;
            case LOAD_BALANCER -> 20_000;
            case PROMETHEUS, GRAFANA, LOGGING -> 50_000;
        };
    }

    static double baseLatencyMs(ServiceKind kind) {
        return switch (kind) {
            case APP -> 20;
            case AUTH -> 15;
            case POSTGRES, OTHER_DATABASE, KAFKA, PROMETHEUS, GRAFANA, LOGGING -> 5;
            case REDIS, LOAD_BALANCER -> 1;
        };
    }

    static int bootSeconds(ServiceKind kind) {
        return switch (kind) {
            case APP -> 20;
            case AUTH, POSTGRES, OTHER_DATABASE, KAFKA -> 30;
            case REDIS, LOAD_BALANCER -> 5;
            case PROMETHEUS, GRAFANA, LOGGING -> 10;
        };
    }

    /** Cores the throughput is scaled by: the file's figure, or one core. */
    public static double cores(Resources r) {
        return r == null || r.cpuCores() == null || r.cpuCores() <= 0 ? 1.0 : r.cpuCores();
    }

    public static Capacity capacity(Component c, String sizePrefix) {
        double rps = Math.max(0.5, perCoreRps(c.kind()) * cores(c.resources()));
        int boot = c.bootTimeSeconds() == null ? bootSeconds(c.kind()) : c.bootTimeSeconds();
        return new Capacity(Math.max(0, c.instances()), instanceSize(c.resources(), sizePrefix), round(rps),
                baseLatencyMs(c.kind()), boot);
    }

    /** "local" without figures, else e.g. "pod-100m-100Mi": the figures, for the user to read. */
    static String instanceSize(Resources r, String prefix) {
        if (r == null || r.isEmpty()) {
            return prefix.equals("container") ? "local" : prefix;
        }
        String cpu = r.cpuCores() == null ? "any" : Math.round(r.cpuCores() * 1000) + "m";
        String mem = r.memoryMiB() == null ? "any" : r.memoryMiB() + "Mi";
        return prefix + "-" + cpu + "-" + mem;
    }

    /** For the report: how the file's resources became a capacity. */
    public static String explain(Component c) {
        Resources r = c.resources();
        double rps = round(Math.max(0.5, perCoreRps(c.kind()) * cores(r)));
        if (r == null || r.cpuCores() == null) {
            return "no CPU given: 1 core assumed, " + fmt(rps) + " req/s per instance";
        }
        return r.basis() + " " + fmt(r.cpuCores()) + " CPU -> " + fmt(r.cpuCores()) + " x " + fmt(perCoreRps(c.kind()))
                + " = " + fmt(rps) + " req/s per instance";
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
