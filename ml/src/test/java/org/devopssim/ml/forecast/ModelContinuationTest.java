package org.devopssim.ml.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.devopssim.ml.data.BadInputException;
import org.devopssim.simulation.spi.SeriesWindow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The autoscaler's model shape: multi-series training, continuing from a model, stream format, labels. */
class ModelContinuationTest {

    private static final ForecastTraining.Options QUICK = new ForecastTraining.Options(2, 64, 1e-3f, 3);
    private static final SeriesWindow WINDOW = new SeriesWindow(MinuteLoad.T0 + 600 * 60, 60,
            Arrays.copyOfRange(MinuteLoad.values(700, 9), 600, 615));
    private static MlpLoadForecaster model;

    @BeforeAll
    static void train() {
        model = ForecastTraining.train(List.of(new ForecastTraining.Series(MinuteLoad.values(1500, 1), MinuteLoad.T0),
                new ForecastTraining.Series(MinuteLoad.values(900, 2), MinuteLoad.T0)), ForecastSpec.AUTOSCALER, QUICK, null)
                .forecaster();
    }

    @AfterAll
    static void close() {
        model.close();
    }

    @Test
    void fitsTheAutoscalersFifteenMinuteWindow() {
        assertTrue(model.fits(WINDOW, 2));
        assertTrue(model.fits(new SeriesWindow(0, 60, new double[10]), 10));
        assertFalse(model.fits(new SeriesWindow(0, 60, new double[9]), 2), "fewer minutes than the autoscaler's minimum");
        assertEquals(2400 - 2 * (10 + 9), ForecastTraining.samplesOf(1500, ForecastSpec.AUTOSCALER)
                + ForecastTraining.samplesOf(900, ForecastSpec.AUTOSCALER));
    }

    @Test
    void continuingStartsFromTheModelsWeightsAndLeavesItServing() {
        List<ForecastTraining.Series> more = List.of(new ForecastTraining.Series(MinuteLoad.values(800, 5), MinuteLoad.T0));
        double[] before = model.forecast(WINDOW, 2).median();
        ForecastTraining.Options none = new ForecastTraining.Options(0, 64, 1e-3f, 3);
        try (MlpLoadForecaster same = ForecastTraining.train(more, ForecastSpec.AUTOSCALER, none, model).forecaster()) {
            assertArrayEquals(before, same.forecast(WINDOW, 2).median(), 1e-9, "no epochs: the copied weights");
        }
        ForecastTraining.Trained trained = ForecastTraining.train(more, ForecastSpec.AUTOSCALER, QUICK, model);
        try (MlpLoadForecaster moved = trained.forecaster()) {
            assertFalse(Arrays.equals(before, moved.forecast(WINDOW, 2).median()), "training moved the weights");
            assertTrue(Double.isFinite(trained.lastEpochLoss()) && trained.lastEpochLoss() > 0);
        }
        assertArrayEquals(before, model.forecast(WINDOW, 2).median(), 0.0, "the original is untouched and open");
    }

    @Test
    void streamRoundTripIsExactAndAFlippedByteIsReported() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ForecastModelFile.write(model, bytes);
        byte[] file = bytes.toByteArray();
        try (MlpLoadForecaster back = ForecastModelFile.read(new ByteArrayInputStream(file), Path.of("m.bin"))) {
            assertArrayEquals(model.forecast(WINDOW, 3).high(), back.forecast(WINDOW, 3).high(), 0.0);
        }
        byte[] flipped = file.clone();
        flipped[file.length / 2] ^= 0x10;
        BadInputException e = assertThrows(BadInputException.class,
                () -> ForecastModelFile.read(new ByteArrayInputStream(flipped), Path.of("m.bin")));
        assertTrue(e.getMessage().startsWith("m.bin: ") && e.getMessage().contains("corrupt"), e.getMessage());
    }

    @Test
    void labelsNameTheVersionInForecasts() {
        MlpLoadForecaster labelled = model.labelled("online v7");
        assertEquals(MlpLoadForecaster.SOURCE + ", online v7", labelled.forecast(WINDOW, 2).source());
        assertEquals(MlpLoadForecaster.SOURCE, model.forecast(WINDOW, 2).source());
    }

    @Test
    void trainingsOnTwoThreadsTakeTurnsInsteadOfFailing() throws Exception {
        List<ForecastTraining.Series> data = List.of(new ForecastTraining.Series(MinuteLoad.values(600, 6), MinuteLoad.T0));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(() -> ForecastTraining.train(data, ForecastSpec.AUTOSCALER, QUICK, null).forecaster());
            var b = pool.submit(() -> ForecastTraining.train(data, ForecastSpec.AUTOSCALER, QUICK, model).forecaster());
            try (MlpLoadForecaster x = a.get(); MlpLoadForecaster y = b.get()) {
                assertTrue(Double.isFinite(x.forecast(WINDOW, 2).median()[0]) && Double.isFinite(y.forecast(WINDOW, 2).median()[0]));
            }
        } finally {
            pool.shutdown();
        }
    }
}
