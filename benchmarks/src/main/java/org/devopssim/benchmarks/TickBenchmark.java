package org.devopssim.benchmarks;

import java.util.concurrent.TimeUnit;
import org.devopssim.simulation.engine.Simulation;
import org.devopssim.simulation.model.PriceTable;
import org.devopssim.simulation.scenario.SyntheticTopology;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One simulated second of a generated fleet across 5 regions, by node count. The tick rate is the
 * speed-up over real time; with {@code -prof gc} the allocation per tick shows that the steady
 * state allocates nothing per node. Heap capped at 1 GiB.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class TickBenchmark {

    @Param({"100", "1000", "10000", "50000"})
    public int nodes;

    private Simulation sim;

    @Setup(Level.Trial)
    public void setUp() {
        sim = new Simulation(SyntheticTopology.generate(nodes, 5), 42, PriceTable.free());
        // Past the autoscalers' first reactions, into the steady state.
        sim.advance(900);
    }

    @Benchmark
    public long tick() {
        sim.tick();
        return sim.second();
    }
}
