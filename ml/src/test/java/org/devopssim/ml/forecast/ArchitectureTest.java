package org.devopssim.ml.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.devopssim.ml.data.BadInputException;
import org.devopssim.simulation.spi.Forecast;
import org.devopssim.simulation.spi.SeriesWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every architecture learns through the same training code and survives a model file round trip. */
class ArchitectureTest {

    /** Short lags and a short season keep the recurrent cells quick: two synthetic days train in about a second. */
    private static final ForecastSpec TINY = new ForecastSpec(8, 3, SyntheticLoad.DAY, SyntheticLoad.STEP, 16);
    private static final ForecastTraining.Options FEW_STEPS = new ForecastTraining.Options(4, 32, 5e-3f, 3);

    @TempDir
    Path dir;

    private static ForecastTraining.Trained trainTiny(Architecture architecture) {
        double[] v = SyntheticLoad.values(2 * SyntheticLoad.DAY, 5);
        return ForecastTraining.train(List.of(new ForecastTraining.Series(v, SyntheticLoad.T0)),
                TINY.with(architecture, 16), FEW_STEPS, null);
    }

    private static SeriesWindow window() {
        double[] v = SyntheticLoad.values(2 * SyntheticLoad.DAY, 6);
        return new SeriesWindow(SyntheticLoad.T0, SyntheticLoad.STEP, Arrays.copyOf(v, TINY.historyNeeded() + 5));
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void trainsWithTheSameCodeAndItsLossDecreases(Architecture architecture) {
        ForecastTraining.Trained trained = trainTiny(architecture);
        try (MlpLoadForecaster model = trained.forecaster()) {
            assertTrue(trained.lastEpochLoss() < 0.9 * trained.firstEpochLoss(),
                    architecture + ": loss " + trained.firstEpochLoss() + " -> " + trained.lastEpochLoss());
            assertEquals(architecture, model.spec().architecture());
            Forecast f = model.forecast(window(), 3);
            assertTrue(f.source().startsWith(architecture.title() + " quantile forecaster"), f.source());
            for (int h = 0; h < 3; h++) {
                assertTrue(f.low()[h] <= f.median()[h] && f.median()[h] <= f.high()[h], architecture + " band at " + h);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void modelFileRoundTripKeepsArchitectureAndWeights(Architecture architecture) throws IOException {
        Path file = dir.resolve(architecture.id() + ".dsfc");
        try (MlpLoadForecaster model = trainTiny(architecture).forecaster()) {
            ForecastModelFile.save(model, file);
            try (MlpLoadForecaster loaded = ForecastModelFile.load(file)) {
                assertEquals(model.spec(), loaded.spec());
                assertEquals(model.parameterCount(), loaded.parameterCount());
                Forecast a = model.forecast(window(), 3);
                Forecast b = loaded.forecast(window(), 3);
                assertArrayEquals(a.median(), b.median(), 0.0);
                assertArrayEquals(a.low(), b.low(), 0.0);
                assertArrayEquals(a.high(), b.high(), 0.0);
            }
        }
    }

    @Test
    void parameterCountsFollowTheLayers() {
        // inputs 8 lags + 3 seasonal + 4 clock = 15, outputs 3 steps x 3 quantiles = 9
        try (MlpLoadForecaster linear = trainTiny(Architecture.LINEAR).forecaster();
             MlpLoadForecaster mlp = trainTiny(Architecture.MLP).forecaster();
             MlpLoadForecaster lstm = trainTiny(Architecture.LSTM).forecaster()) {
            assertEquals(15 * 9 + 9, linear.parameterCount());
            assertEquals(15 * 16 + 16 + 16 * 16 + 16 + 16 * 9 + 9, mlp.parameterCount());
            // LSTM: 4 gates x (input 1 + state 16 + 2 biases) x 16; head (16 + 3 + 4) -> 16 -> 9
            assertEquals(4 * 16 * (1 + 16 + 2) + 23 * 16 + 16 + 16 * 9 + 9, lstm.parameterCount());
        }
    }

    @Test
    void mlpFilesKeepTheVersionTwoFormatAndOthersNameTheirArchitecture() throws IOException {
        try (MlpLoadForecaster mlp = trainTiny(Architecture.MLP).forecaster();
             MlpLoadForecaster gru = trainTiny(Architecture.GRU).forecaster()) {
            ByteArrayOutputStream a = new ByteArrayOutputStream();
            ForecastModelFile.write(mlp, a);
            assertEquals(2, a.toByteArray()[7], "MLP files stay version 2, readable by earlier builds");
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            ForecastModelFile.write(gru, b);
            assertEquals(3, b.toByteArray()[7]);
            assertTrue(new String(b.toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1).contains("gru"));
        }
    }

    @Test
    void unknownArchitectureInAFileOrOnTheCommandLineIsNamed() throws IOException {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Architecture.of("transformer"));
        assertTrue(e.getMessage().contains("'transformer'") && e.getMessage().contains("linear, mlp, lstm, gru"), e.getMessage());
        assertEquals(Architecture.LSTM, Architecture.of(" LSTM "));
        Path file = dir.resolve("lstm.dsfc");
        try (MlpLoadForecaster lstm = trainTiny(Architecture.LSTM).forecaster()) {
            ForecastModelFile.save(lstm, file);
        }
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        int at = text.indexOf("lstm");
        bytes[at] = 'x';
        Path renamed = Files.write(dir.resolve("renamed.dsfc"), bytes);
        BadInputException bad = assertThrows(BadInputException.class, () -> ForecastModelFile.load(renamed));
        assertTrue(bad.getMessage().contains("renamed.dsfc") && bad.getMessage().contains("unknown architecture 'xstm'"),
                bad.getMessage());
    }
}
