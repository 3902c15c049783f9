package org.devopssim.ml.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.devopssim.assets.Assets;
import org.devopssim.simulation.spi.SeriesWindow;
import org.junit.jupiter.api.Test;

/** Loading the pretrained model: the bundled one works; anything wrong leaves the fallback serving, said so. */
class ShippedModelTest {

    private static final SeriesWindow WINDOW = new SeriesWindow(MinuteLoad.T0 + 600 * 60, 60,
            Arrays.copyOfRange(MinuteLoad.values(700, 9), 600, 615));

    @Test
    void theBundledModelLoadsInTheBackgroundAndServesTheAutoscalersRequests() throws Exception {
        try (AdaptiveLoadForecaster f = new AdaptiveLoadForecaster()) {
            assertTrue(f.forecast(WINDOW, 2).source().contains("statistical fallback"), "fallback until loaded");
            ShippedModel.Outcome o = ShippedModel.loadInBackground(f, () -> Assets.open(ShippedModel.ASSET_PATH), "bundled",
                            CompletableFuture.completedFuture(null))
                    .get(60, TimeUnit.SECONDS);
            assertTrue(o.loaded(), o.message());
            assertEquals(ForecastSpec.AUTOSCALER, f.current().spec());
            assertEquals(MlpLoadForecaster.SOURCE + ", " + ShippedModel.LABEL, f.forecast(WINDOW, 2).source());
            assertTrue(f.status().contains(ShippedModel.LABEL), f.status());
            double[] high = f.forecast(WINDOW, 2).high();
            assertTrue(high[0] > 300 && high[0] < 800, "a plausible band for ~500 req/s: " + high[0]);
        }
    }

    @Test
    void aCorruptOrMissingModelLeavesTheFallbackWithAClearMessage() throws IOException {
        byte[] good = bytesOf(ForecastSpec.AUTOSCALER);
        byte[] truncated = Arrays.copyOf(good, good.length - 9);
        try (AdaptiveLoadForecaster f = new AdaptiveLoadForecaster()) {
            ShippedModel.Outcome o = ShippedModel.loadInto(f, () -> new ByteArrayInputStream(truncated), "models/x.bin");
            assertFalse(o.loaded());
            assertTrue(o.message().contains("models/x.bin") && o.message().contains("statistical fallback"), o.message());
            assertNull(f.current());
            assertEquals(o.message(), f.status());
            assertTrue(f.forecast(WINDOW, 2).source().contains("statistical fallback"));

            o = ShippedModel.loadInto(f, () -> {
                throw new UncheckedIOException(new IOException("missing bundled resource models/x.bin"));
            }, "models/x.bin");
            assertFalse(o.loaded());
            assertTrue(o.message().contains("missing bundled resource"), o.message());

            o = ShippedModel.loadInto(f, () -> new ByteArrayInputStream("not a model".getBytes()), "models/x.bin");
            assertTrue(o.message().contains("not a DevOps Simulator forecast model"), o.message());
        }
    }

    @Test
    void aModelOfAnotherShapeIsNotInstalled() throws IOException {
        byte[] other = bytesOf(new ForecastSpec(12, 4, 20, 60, 8));
        try (AdaptiveLoadForecaster f = new AdaptiveLoadForecaster()) {
            ShippedModel.Outcome o = ShippedModel.loadInto(f, () -> new ByteArrayInputStream(other), "other.bin");
            assertFalse(o.loaded());
            assertTrue(o.message().contains("not the autoscaler's"), o.message());
            assertNull(f.current());
        }
    }

    private static byte[] bytesOf(ForecastSpec spec) throws IOException {
        ForecastTraining.Options one = new ForecastTraining.Options(1, 64, 1e-3f, 1);
        try (MlpLoadForecaster m = ForecastTraining.train(java.util.List.of(
                new ForecastTraining.Series(MinuteLoad.values(400, 4), MinuteLoad.T0)), spec, one, null).forecaster()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ForecastModelFile.write(m, out);
            return out.toByteArray();
        }
    }
}
