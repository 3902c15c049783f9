package org.devopssim.ml.rl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.devopssim.assets.Assets;
import org.devopssim.simulation.codec.TopologyCodec;
import org.devopssim.simulation.model.PriceTable;
import org.devopssim.simulation.model.Topology;
import org.junit.jupiter.api.Test;

/** A tiny training (two one-hour episodes, a small network): the pipeline runs, reports and is reproducible. */
class DqnTrainingTest {

    private static final TopologyCodec CODEC = new TopologyCodec();

    static Topology production() throws Exception {
        try (InputStream in = Assets.preset("production")) {
            return CODEC.read(in, "production.json");
        }
    }

    static PriceTable prices() throws Exception {
        try (InputStream in = Assets.prices()) {
            return CODEC.readPrices(in, "prices.json");
        }
    }

    private static DqnTraining.Options tiny(long seed) {
        return new DqnTraining.Options(seed, 2, 5, 300, 16, 1e-3f, 0.9, 32, 200, 3600);
    }

    @Test
    void tinyTrainingReportsProgressAndIsReproducible() throws Exception {
        List<DqnTraining.Progress> seen = new ArrayList<>();
        LearnedScalingPolicy a = new DqnTraining(production(), prices(), null, tiny(3)).train(seen::add, () -> false);
        LearnedScalingPolicy b = new DqnTraining(production(), prices(), null, tiny(3)).train(p -> { }, () -> false);
        assertEquals(2, seen.size(), "one report per episode: " + seen);
        assertEquals(1.0, seen.getLast().fraction(), 1e-9);
        assertEquals(2 * (3600 / 15 - 1), seen.getLast().decisions(), "every 15 s but at second 0");
        assertTrue(Double.isFinite(seen.getLast().meanLoss()), "it learned from the replay buffer: " + seen.getLast());
        assertEquals(a.network(), b.network(), "same seed, same weights");
        assertTrue(a.description().contains("Production") && a.description().contains("seed 3"), a.description());
        LearnedScalingPolicy other = new DqnTraining(production(), prices(), null, tiny(4)).train(p -> { }, () -> false);
        assertFalse(a.network().equals(other.network()), "another seed, other weights");
    }

    @Test
    void cancellingStopsTraining() throws Exception {
        DqnTraining t = new DqnTraining(production(), prices(), null, tiny(5));
        assertThrows(CancellationException.class, () -> t.train(p -> { }, () -> true));
    }
}
