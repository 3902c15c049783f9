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
import org.devopssim.ui.session.PresetLoader;

/** The bundled presets and price table, read with the topology codec. */
final class DesktopPresets implements PresetLoader {

    private final TopologyCodec codec = new TopologyCodec();

    @Override
    public Topology load(Mode mode) {
        String name = mode.name().toLowerCase();
        try (InputStream in = Assets.preset(name)) {
            return codec.read(in, name + ".json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TopologyFileException e) {
            // A bundled preset that does not load is a broken build, not bad user input.
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    PriceTable prices() {
        try (InputStream in = Assets.prices()) {
            return codec.readPrices(in, "prices.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TopologyFileException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
