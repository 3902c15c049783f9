package org.devopssim.simulation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.devopssim.assets.Assets;
import org.devopssim.simulation.codec.TopologyCodec;
import org.devopssim.simulation.codec.TopologyFileException;
import org.devopssim.simulation.engine.Simulation;
import org.devopssim.simulation.model.PriceTable;
import org.devopssim.simulation.model.Topology;

/** Loads the shipped presets and price table for tests. */
public final class Fixtures {

    private static final TopologyCodec CODEC = new TopologyCodec();

    private Fixtures() {
    }

    public static Topology preset(String name) {
        try (InputStream in = Assets.preset(name)) {
            return CODEC.read(in, name + ".json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TopologyFileException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    public static PriceTable prices() {
        try (InputStream in = Assets.prices()) {
            return CODEC.readPrices(in, "prices.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TopologyFileException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    public static Simulation simulation(String preset, long seed) {
        return new Simulation(preset(preset), seed, prices());
    }
}
