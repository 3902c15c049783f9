package org.devopssim.app.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.devopssim.assets.Assets;
import org.devopssim.ml.engine.PyTorchRuntime;
import org.devopssim.ml.forecast.AdaptiveLoadForecaster;
import org.devopssim.ml.forecast.ForecastSpec;
import org.devopssim.ml.forecast.ForecastTraining;
import org.devopssim.ml.forecast.MlpLoadForecaster;
import org.devopssim.ml.forecast.ShippedModel;
import org.devopssim.simulation.spi.SeriesWindow;

/** {@code devops-sim ml-bench}: engine start, model load, one forecast and one training step, timed. */
public final class MlBenchCommand implements Subcommand {

    @Override
    public String name() {
        return "ml-bench";
    }

    @Override
    public String summary() {
        return "time the ML engine start, one forecast and one training step";
    }

    @Override
    public String usage() {
        return """
                Usage: devops-sim ml-bench [--repeats 20000]

                In this fresh JVM: the PyTorch engine's start (first use, natives already extracted), the
                shipped model's load, then the median, 90th and 99th percentile of one forecast as the
                autoscaler asks for it (15 one-minute means, 2 steps ahead, through the adaptive
                forecaster) over --repeats calls after as many warm-up calls, and the mean of one Adam
                step on a batch of 64 over 500 steps after 200 warm-up steps. Then the same percentiles
                for one decision of the shipped RL autoscaling policy (plain Java on exported weights).
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        int repeats;
        try {
            repeats = Arguments.parse(args, Set.of("repeats"), Set.of()).noPositional().positiveInt("repeats", 20_000);
        } catch (Arguments.BadInput e) {
            err.println("devops-sim ml-bench: " + e.getMessage());
            return BAD_INPUT;
        }
        long t0 = System.nanoTime();
        String version = PyTorchRuntime.engine().getVersion();
        long t1 = System.nanoTime();
        AdaptiveLoadForecaster forecaster = new AdaptiveLoadForecaster();
        ShippedModel.Outcome outcome = ShippedModel.loadInto(forecaster, () -> Assets.open(ShippedModel.ASSET_PATH),
                ShippedModel.ASSET_PATH);
        long t2 = System.nanoTime();
        out.printf(Locale.ROOT, "engine start (PyTorch %s): %.0f ms; shipped model load: %.1f ms (%s)%n", version,
                (t1 - t0) / 1e6, (t2 - t1) / 1e6, outcome.message());
        MlpLoadForecaster model = forecaster.current();
        if (model == null) {
            err.println("devops-sim ml-bench: no model to time");
            return INTERNAL_ERROR;
        }
        double[] v = new double[15];
        for (int i = 0; i < v.length; i++) {
            v[i] = 500 + 20 * Math.sin(i / 3.0);
        }
        SeriesWindow w = new SeriesWindow(1_772_445_600L, 60, v);
        double sink = 0;
        for (int i = 0; i < repeats; i++) {
            sink += forecaster.forecast(w, 2).high()[1];
        }
        long[] times = new long[repeats];
        for (int i = 0; i < repeats; i++) {
            long s = System.nanoTime();
            sink += forecaster.forecast(w, 2).high()[1];
            times[i] = System.nanoTime() - s;
        }
        Arrays.sort(times);
        out.printf(Locale.ROOT, "one forecast (%s): median %.1f us, p90 %.1f us, p99 %.1f us over %d calls%n",
                forecaster.forecast(w, 2).source(), times[repeats / 2] / 1e3, times[repeats * 9 / 10] / 1e3,
                times[repeats * 99 / 100] / 1e3, repeats);
        double step = ForecastTraining.timeTrainingStep(ForecastSpec.AUTOSCALER, 64, 200, 500, 1);
        out.printf(Locale.ROOT, "one training step, batch 64, Adam: %.2f ms mean over 500 steps%n", step / 1e6);
        org.devopssim.ml.rl.LearnedScalingPolicy rl = org.devopssim.ml.rl.ShippedPolicy.load(
                () -> Assets.open(org.devopssim.ml.rl.ShippedPolicy.ASSET_PATH), org.devopssim.ml.rl.ShippedPolicy.ASSET_PATH);
        org.devopssim.simulation.spi.ScalingState[] states = new org.devopssim.simulation.spi.ScalingState[64];
        for (int i = 0; i < states.length; i++) {
            states[i] = new org.devopssim.simulation.spi.ScalingState("api", i, 400 + 40 * i, 420 + 40 * i, 0.3 + i / 100.0,
                    4 + i / 8, i % 3, i % 5 * 10, 200, 3, 20, 45);
        }
        for (int i = 0; i < repeats; i++) {
            sink += rl.decide(states[i % states.length]);
        }
        for (int i = 0; i < repeats; i++) {
            long s = System.nanoTime();
            sink += rl.decide(states[i % states.length]);
            times[i] = System.nanoTime() - s;
        }
        Arrays.sort(times);
        out.printf(Locale.ROOT, "one RL autoscaling decision (%d parameters): median %.1f us, p90 %.1f us, p99 %.1f us over %d calls%n",
                rl.network().parameterCount(), times[repeats / 2] / 1e3, times[repeats * 9 / 10] / 1e3,
                times[repeats * 99 / 100] / 1e3, repeats);
        if (Double.isNaN(sink)) {
            out.println("(nan)");
        }
        return OK;
    }
}
