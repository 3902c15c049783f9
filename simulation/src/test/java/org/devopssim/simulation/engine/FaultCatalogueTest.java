package org.devopssim.simulation.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.devopssim.simulation.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fault of the catalogue, on a preset where it applies: a figure that worsens while the
 * fault is in force and comes back once it ends (by its duration, or by clearing it).
 */
class FaultCatalogueTest {

    /**
     * @param probe     the figure that shows the fault
     * @param worseBy   how much higher (or lower, if negative) it must get, in its own unit
     * @param effectAt  seconds after injection to look at the effect
     * @param clear     clear the fault by hand after the effect (for faults "until fixed")
     * @param recoverIn seconds after the end to recover by
     */
    record Case(String preset, Fault fault, String label, ToDoubleFunction<Simulation> probe, double worseBy,
                int effectAt, boolean clear, int recoverIn) {
        @Override
        public String toString() {
            return fault.actionName() + " on " + preset + ": " + label;
        }
    }

    private static double errors(Simulation s) {
        return s.system().errorRate();
    }

    private static double p95(Simulation s) {
        return s.system().latencyP95Ms();
    }

    static Stream<Arguments> catalogue() {
        return Stream.of(
                new Case("production", new Fault.InstanceCrash("api", 3), "fewer api instances",
                        s -> -s.status("api").instancesReady(), 2, 5, false, 60),
                new Case("production", new Fault.ZoneOutage("aws-us-east-1", 300), "api utilisation",
                        s -> 100 * s.status("api").utilization(), 15, 30, false, 60),
                new Case("production", new Fault.RegionOutage("aws-us-east-1", 300), "error rate",
                        FaultCatalogueTest::errors, 90, 30, false, 60),
                new Case("production", new Fault.NetworkLatency("aws-us-east-1", 200, 300), "p95 latency",
                        FaultCatalogueTest::p95, 150, 30, false, 30),
                new Case("experimental", new Fault.NetworkPartition("aws-us-east-1", "azure-westeurope", 300),
                        "api-azure cannot reach auth", s -> errors(s), 2, 30, false, 60),
                new Case("development", new Fault.DbPrimaryCrash("db", 300), "error rate (no failover locally)",
                        FaultCatalogueTest::errors, 50, 30, false, 60),
                new Case("production", new Fault.ReplicaLag("db-replica", 0.05, 300), "replication lag",
                        s -> s.status("db-replica").replicationLagSeconds(), 20, 200, false, 300),
                new Case("development", new Fault.RedisDown("sessions", 300), "logins fail",
                        FaultCatalogueTest::errors, 30, 30, false, 60),
                new Case("experimental", new Fault.KafkaBrokerDown("kafka", 2, 600), "consumer lag",
                        s -> s.status("kafka").consumerLag(), 10_000, 300, false, 2400),
                new Case("production", new Fault.DiskFill("db-primary", 40, null), "database full, writes fail",
                        FaultCatalogueTest::errors, 10, 180, true, 60),
                new Case("production", new Fault.MemoryLeak("api", 20, null), "memory",
                        s -> s.status("api").memory(), 25, 120, true, 120),
                new Case("production", new Fault.CpuHog("api", 70, 300), "cpu",
                        s -> s.status("api").cpu(), 40, 30, false, 60),
                new Case("production", new Fault.BadRelease("api", 20, 1, 300), "error rate",
                        FaultCatalogueTest::errors, 15, 30, false, 30),
                new Case("production", new Fault.SlowDependency("db-primary", 40, 300), "p95 latency",
                        FaultCatalogueTest::p95, 100, 30, false, 60),
                new Case("production", new Fault.TlsCertExpired("lb", null), "every HTTPS request fails",
                        FaultCatalogueTest::errors, 95, 30, true, 30),
                new Case("production", new Fault.TrafficSpike("users", 3, 600), "offered load",
                        s -> s.system().offeredRps(), 500, 120, false, 60)
        ).map(Arguments::of);
    }

    private static double mean(Simulation sim, ToDoubleFunction<Simulation> probe, int seconds) {
        double sum = 0;
        for (int i = 0; i < seconds; i++) {
            sim.tick();
            sum += probe.applyAsDouble(sim);
        }
        return sum / seconds;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void faultHasItsEffectAndTheSystemRecovers(Case c) {
        Simulation sim = Fixtures.simulation(c.preset(), 9);
        sim.advance(1200);
        double baseline = mean(sim, c.probe(), 30);
        sim.apply(c.fault());
        sim.advance(c.effectAt());
        double during = mean(sim, c.probe(), 10);
        assertTrue(during - baseline >= c.worseBy(),
                "%s: baseline %.2f, with the fault %.2f".formatted(c, baseline, during));
        if (c.clear()) {
            sim.apply(new Action.ClearFault(c.fault().target(), c.fault().actionName()));
        } else if (c.fault().durationSeconds() != null) {
            long ends = c.fault().durationSeconds() - c.effectAt() - 10;
            sim.advance(Math.max(0, ends));
        }
        sim.advance(c.recoverIn());
        double after = mean(sim, c.probe(), 30);
        double tolerance = Math.max(c.worseBy() * 0.25, Math.abs(baseline) * 0.25 + 0.5);
        assertTrue(after - baseline <= tolerance,
                "%s: baseline %.2f, after recovery %.2f".formatted(c, baseline, after));
        assertTrue(sim.activeFaults().isEmpty(), "the fault is over: " + sim.activeFaults());
    }
}
