package org.devopssim.ml.live;

import java.io.IOException;
import java.io.InputStream;
import org.devopssim.assets.Assets;
import org.devopssim.simulation.codec.TopologyCodec;
import org.devopssim.simulation.model.PriceTable;
import org.devopssim.simulation.model.Topology;

/** The bundled presets and prices, for tests. */
final class Presets {

    private static final TopologyCodec CODEC = new TopologyCodec();

    private Presets() {
    }

    static Topology preset(String name) {
        try (InputStream in = Assets.preset(name)) {
            return CODEC.read(in, name + ".json");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static PriceTable prices() {
        try (InputStream in = Assets.prices()) {
            return CODEC.readPrices(in, "prices.json");
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
