package org.devopssim.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import org.devopssim.assets.Assets;
import org.devopssim.simulation.codec.TopologyCodec;
import org.devopssim.simulation.codec.TopologyFileException;
import org.devopssim.simulation.engine.Simulation;
import org.devopssim.simulation.model.PriceTable;
import org.devopssim.simulation.model.Topology;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** A preset run for 24 simulated hours, headless, from a fresh simulation: the wall time of a day. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class ProductionDayBenchmark {

    @Param({"production", "experimental"})
    public String preset;

    private Topology topology;
    private PriceTable prices;

    @Setup
    public void load() throws IOException, TopologyFileException {
        TopologyCodec codec = new TopologyCodec();
        try (InputStream in = Assets.preset(preset); InputStream p = Assets.prices()) {
            topology = codec.read(in, preset);
            prices = codec.readPrices(p, "prices.json");
        }
    }

    @Benchmark
    public double simulateDay() {
        Simulation sim = new Simulation(topology, 42, prices);
        sim.advance(86_400);
        return sim.system().availability();
    }
}
