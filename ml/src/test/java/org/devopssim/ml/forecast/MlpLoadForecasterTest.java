package org.devopssim.ml.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.devopssim.ml.data.BadInputException;
import org.devopssim.simulation.spi.Forecast;
import org.devopssim.simulation.spi.SeriesWindow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trains one small model on four synthetic days (about a second) and checks it from several sides. */
class MlpLoadForecasterTest {

    private static final int HORIZON = 12;
    private static final ForecastTraining.Options QUICK = new ForecastTraining.Options(15, 64, 2e-3f, 7);
    private static final ForecastSpec SPEC = ForecastSpec.forStep(SyntheticLoad.STEP, HORIZON);
    private static MlpLoadForecaster model;
    private static double[] train;

    @TempDir
    Path dir;

    @BeforeAll
    static void trainOnce() {
        train = SyntheticLoad.values(4 * SyntheticLoad.DAY, 1);
        model = ForecastTraining.train(train, SyntheticLoad.T0, SPEC, QUICK);
    }

    @AfterAll
    static void close() {
        model.close();
    }

    /** The last two days: the model needs a day and a sample. */
    private static SeriesWindow lastDayOf(double[] v) {
        int rows = 2 * SyntheticLoad.DAY;
        double[] days = Arrays.copyOfRange(v, v.length - rows, v.length);
        return new SeriesWindow(SyntheticLoad.T0 + (long) (v.length - rows) * SyntheticLoad.STEP, SyntheticLoad.STEP, days);
    }

    @Test
    void forecastsAnOrderedBandNamedAfterTheModel() {
        Forecast f = model.forecast(lastDayOf(train), HORIZON);
        assertEquals(MlpLoadForecaster.SOURCE, f.source());
        assertEquals(HORIZON, f.horizonSteps());
        for (int h = 0; h < HORIZON; h++) {
            assertTrue(f.low()[h] <= f.median()[h] && f.median()[h] <= f.high()[h], "band at step " + h);
        }
    }

    @Test
    void beatsTheLastValueOnADailyCycleAndItsBandCoversAboutEightyPercent() {
        ForecastMetrics m = ForecastEvaluation.evaluate(SyntheticLoad.rows(5 * SyntheticLoad.DAY, 2), HORIZON, QUICK);
        assertTrue(m.maeModel() < m.maeLastValue(), m.toString());
        assertTrue(m.maeModel() < 1.5 * m.maeSeasonalNaive(), m.toString());
        assertTrue(m.coverage80() > 0.5 && m.coverage80() < 0.98, m.toString());
        assertEquals(m.maeModel() / m.maeLastValue(), m.relativeToLastValue(), 1e-12);
    }

    @Test
    void savesAtomicallyAndLoadsTheSameWeights() throws IOException {
        Path file = dir.resolve("models/load.dsfc");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "an older model");
        ForecastModelFile.save(model, file);
        try (var stream = Files.list(file.getParent())) {
            assertEquals(1, stream.count(), "no temporary file left behind");
        }
        try (MlpLoadForecaster loaded = ForecastModelFile.load(file)) {
            assertEquals(SPEC, loaded.spec());
            Forecast a = model.forecast(lastDayOf(train), HORIZON);
            Forecast b = loaded.forecast(lastDayOf(train), HORIZON);
            assertArrayEquals(a.median(), b.median(), 0.0);
            assertArrayEquals(a.high(), b.high(), 0.0);
        }
    }

    @Test
    void rejectsFilesThatAreNotModels() throws IOException {
        Path junk = Files.writeString(dir.resolve("junk.dsfc"), "hello, world");
        BadInputException e = assertThrows(BadInputException.class, () -> ForecastModelFile.load(junk));
        assertTrue(e.getMessage().contains("junk.dsfc"), e.getMessage());
        Path truncated = dir.resolve("truncated.dsfc");
        ForecastModelFile.save(model, truncated);
        byte[] bytes = Files.readAllBytes(truncated);
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 2));
        assertThrows(BadInputException.class, () -> ForecastModelFile.load(truncated));
    }

    @Test
    void trainingIsReproducibleForASeed() {
        try (MlpLoadForecaster again = ForecastTraining.train(train, SyntheticLoad.T0, SPEC, QUICK)) {
            assertArrayEquals(model.forecast(lastDayOf(train), HORIZON).median(),
                    again.forecast(lastDayOf(train), HORIZON).median(), 0.0);
        }
    }

    @Test
    void adaptiveForecasterFallsBackWhenTheModelCannotServe() {
        AdaptiveLoadForecaster adaptive = new AdaptiveLoadForecaster();
        SeriesWindow day = lastDayOf(train);
        assertTrue(adaptive.forecast(day, 3).source().contains("statistical fallback"));
        assertNull(adaptive.install(model));
        assertEquals(MlpLoadForecaster.SOURCE, adaptive.forecast(day, 3).source());
        assertFalse(model.fits(day, HORIZON + 1));
        assertTrue(adaptive.forecast(day, HORIZON + 1).source().contains("fallback"));
        SeriesWindow short_ = new SeriesWindow(0, SyntheticLoad.STEP, Arrays.copyOf(train, 10));
        assertTrue(adaptive.forecast(short_, 3).source().contains("fallback"));
        assertSame(model, adaptive.install(null));
    }
}
