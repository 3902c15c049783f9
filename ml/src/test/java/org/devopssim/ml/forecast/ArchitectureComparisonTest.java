package org.devopssim.ml.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.devopssim.ml.forecast.ArchitectureComparison.Candidate;
import org.devopssim.ml.forecast.ArchitectureComparison.Run;
import org.devopssim.ml.forecast.ArchitectureComparison.Test;
import org.junit.jupiter.api.Assertions;

class ArchitectureComparisonTest {

    @org.junit.jupiter.api.Test
    void candidatesParseWithOrWithoutUnitsAndNameWhatIsWrong() {
        assertEquals(new Candidate(Architecture.MLP, 64), Candidate.parse("mlp"));
        assertEquals(new Candidate(Architecture.LSTM, 32), Candidate.parse(" lstm:32 "));
        assertEquals("LSTM 32", Candidate.parse("lstm:32").label());
        assertEquals("linear", Candidate.parse("linear").label());
        assertEquals(ForecastSpec.AUTOSCALER.with(Architecture.GRU, 16), Candidate.parse("gru:16").applyTo(ForecastSpec.AUTOSCALER));
        for (String bad : List.of("mlp:x", "mlp:0", "mlp:1:2", "", "rnn:8")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Candidate.parse(bad), bad);
            assertTrue(e.getMessage().contains("'" + bad + "'") || e.getMessage().contains("'rnn'"), e.getMessage());
        }
    }

    @org.junit.jupiter.api.Test
    void lastValueBaselineAndScaleAreExactOnARamp() {
        double[] ramp = new double[100];
        for (int i = 0; i < ramp.length; i++) {
            ramp[i] = 3 * i;
        }
        double scale = ArchitectureComparison.seasonalScale(List.of(new ForecastTraining.Series(ramp, 0)), 4);
        assertEquals(12, scale, 1e-12); // 3 per step, 4 steps a season
        double[][] mase = ArchitectureComparison.baselines(List.of(new Test(ramp, 0, 50)), 10, new int[] {2, 5}, scale, 60, 15);
        assertEquals(6 / 12.0, mase[0][0], 1e-12);
        assertEquals(15 / 12.0, mase[0][1], 1e-12);
        assertTrue(Double.isNaN(ArchitectureComparison.seasonalScale(List.of(new ForecastTraining.Series(new double[50], 0)), 4)),
                "a constant series has no MASE scale");
        assertEquals(2, ArchitectureComparison.geometricMean(List.of(1.0, 4.0, Double.NaN, 0.0)), 1e-12);
        assertEquals("0.500 (0.400-0.600)", ArchitectureComparison.Spread.of(new double[] {0.4, 0.6, 0.5}).format("%.3f"));
        assertEquals("0.500", ArchitectureComparison.Spread.of(new double[] {0.5}).format("%.3f"));
    }

    @org.junit.jupiter.api.Test
    void aRunTrainsForecastsAndMeasuresTheModel() {
        ForecastSpec spec = new ForecastSpec(8, 12, SyntheticLoad.DAY, SyntheticLoad.STEP, 16, Architecture.LINEAR);
        List<ForecastTraining.Series> train = List.of(new ForecastTraining.Series(SyntheticLoad.values(3 * SyntheticLoad.DAY, 1),
                SyntheticLoad.T0));
        List<Test> tests = List.of(new Test(SyntheticLoad.values(2 * SyntheticLoad.DAY, 2), SyntheticLoad.T0, SyntheticLoad.DAY));
        double scale = ArchitectureComparison.seasonalScale(train, SyntheticLoad.DAY);
        int[] leads = {1, 12}; // an hour ahead the daily cycle matters: the last value is a poor forecast there
        Run run = ArchitectureComparison.run(spec, train, tests, leads, scale,
                new ForecastTraining.Options(5, 64, 1e-2f, 1), spec.historyNeeded());
        double[][] baselines = ArchitectureComparison.baselines(tests, spec.historyNeeded(), leads, scale,
                SyntheticLoad.STEP, 7 * SyntheticLoad.DAY);
        assertTrue(run.mase()[1] > 0 && run.mase()[1] < baselines[0][1], "beats the last value an hour ahead: "
                + run.mase()[1] + " vs " + baselines[0][1]);
        assertTrue(run.coverage() > 0.3 && run.coverage() < 1, "coverage " + run.coverage());
        assertEquals(24L * 36 + 36, run.parameters()); // inputs 8 lags + 12 seasonal + 4 clock, outputs 12 steps x 3 quantiles
        assertTrue(run.fileBytes() > 4 * run.parameters(), run.fileBytes() + " bytes");
        assertTrue(run.trainSeconds() > 0 && run.forecastMicros() > 0, run.toString());
        Assertions.assertThrows(IllegalArgumentException.class, () -> ArchitectureComparison.run(spec, train, tests,
                new int[] {13}, scale, ForecastTraining.Options.DEFAULT, spec.historyNeeded()), "lead beyond the horizon");
    }
}
