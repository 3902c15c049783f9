package org.devopssim.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.devopssim.assets.Assets;
import org.devopssim.simulation.codec.TopologyCodec;
import org.devopssim.simulation.codec.TopologyFileException;
import org.devopssim.simulation.model.Mode;
import org.devopssim.simulation.model.PriceTable;
import org.devopssim.simulation.model.Topology;

/** The bundled presets and price table, read through the one topology codec. */
public final class PresetLibrary {

    private final TopologyCodec codec = new TopologyCodec();
    private PriceTable prices;

    public Topology preset(Mode mode) {
        return preset(mode.name().toLowerCase());
    }

    /** A preset by file name ("production"); a broken bundled file is a bug in the build, not bad input. */
    public Topology preset(String name) {
        if (!Assets.PRESETS.contains(name)) {
            throw new IllegalArgumentException("no preset '" + name + "'; expected one of " + Assets.PRESETS);
        }
        try (InputStream in = Assets.preset(name)) {
            return codec.read(in, "preset " + name + ".json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TopologyFileException e) {
            throw new IllegalStateException("bundled preset is invalid: " + e.getMessage(), e);
        }
    }

    public synchronized PriceTable prices() {
        if (prices == null) {
            try (InputStream in = Assets.prices()) {
                prices = codec.readPrices(in, "prices.json");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (TopologyFileException e) {
                throw new IllegalStateException("bundled price table is invalid: " + e.getMessage(), e);
            }
        }
        return prices;
    }

    public TopologyCodec codec() {
        return codec;
    }
}
