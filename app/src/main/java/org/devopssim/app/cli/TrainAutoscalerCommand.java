package org.devopssim.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.devopssim.app.PresetLibrary;
import org.devopssim.app.RunFactory;
import org.devopssim.ml.live.AutoscalingComparison;
import org.devopssim.ml.rl.DqnTraining;
import org.devopssim.ml.rl.LearnedScalingPolicy;
import org.devopssim.ml.rl.PolicyFile;
import org.devopssim.simulation.model.Topology;
import org.devopssim.simulation.spi.LoadForecaster;

/** {@code devops-sim train-autoscaler}: learns the "rl" autoscaling policy in the simulator and saves it. */
public final class TrainAutoscalerCommand implements Subcommand {

    private final PresetLibrary presets;

    public TrainAutoscalerCommand(PresetLibrary presets) {
        this.presets = presets;
    }

    @Override
    public String name() {
        return "train-autoscaler";
    }

    @Override
    public String summary() {
        return "train the reinforcement-learning autoscaling policy (DQN) in the simulator";
    }

    @Override
    public String usage() {
        return """
                Usage: devops-sim train-autoscaler --output FILE [--preset production] [--days 30] [--seed 1]
                                                   [--violation-weight 5] [--slo-p95 300]

                Plays --days simulated days of the preset (its daily curve plus 0-3 random traffic surges
                or ramps a day) with the preset's autoscaled services on the "rl" policy, and trains its
                Q-network by deep Q-learning (DJL, PyTorch, CPU): every 15 s the agent sees load,
                forecast (the shipped forecaster's median), utilisation, instances and queue and scales
                by -1, 0, +1 or +2; it pays for every instance-second and --violation-weight
                instance-hours for every minute the SLO (p95 <= --slo-p95 ms, errors <= 1%) is broken.
                Progress every six simulated hours. Then compares the learned policy with the reactive
                one on a fresh flash-crowd day and writes it to FILE (atomically). The same arguments
                give the same file. The policy shipped with the app was made with:
                  devops-sim train-autoscaler --output assets/src/main/resources/org/devopssim/assets/models/autoscaler-rl.bin --preset production --days 30 --seed 1
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Path output;
        Topology topology;
        DqnTraining.Options options;
        try {
            Arguments a = Arguments.parse(args, Set.of("output", "preset", "days", "seed", "violation-weight", "slo-p95"),
                    Set.of()).noPositional();
            output = Path.of(a.require("output"));
            topology = presets.preset(a.get("preset").orElse("production"));
            DqnTraining.Options d = DqnTraining.Options.of(a.longValue("seed", 1), a.positiveInt("days", 30));
            double weight = a.get("violation-weight").isPresent() ? a.doubleValue("violation-weight") : d.violationWeight();
            double slo = a.get("slo-p95").isPresent() ? a.doubleValue("slo-p95") : d.sloP95Ms();
            options = new DqnTraining.Options(d.seed(), d.days(), weight, slo, d.hidden(), d.learningRate(), d.gamma(),
                    d.batchSize(), d.replayCapacity(), d.episodeSeconds());
            new DqnTraining(topology, presets.prices(), null, options);
        } catch (Arguments.BadInput | IllegalArgumentException e) {
            err.println("devops-sim train-autoscaler: " + e.getMessage());
            return BAD_INPUT;
        }
        LoadForecaster forecaster = RunFactory.shippedMl().forecaster();
        DqnTraining training = new DqnTraining(topology, presets.prices(), forecaster, options);
        err.println("training " + training.description());
        long t0 = System.nanoTime();
        LearnedScalingPolicy policy = training.train(p -> err.printf(Locale.ROOT,
                "[%5.1f%%] day %5.2f/%d  decisions %7d  epsilon %.2f  mean reward %.3f  loss %.4f  (%.0f s)%n",
                100 * p.fraction(), p.daysDone(), p.days(), p.decisions(), p.epsilon(), p.meanReward(), p.meanLoss(),
                (System.nanoTime() - t0) / 1e9), () -> false);
        out.printf(Locale.ROOT, "trained in %.0f s: %s%n", (System.nanoTime() - t0) / 1e9, policy.description());
        AutoscalingComparison check = new AutoscalingComparison(topology, presets.prices(), options.sloP95Ms()).withAgent(policy);
        long seed = options.seed() + 1_000_003;
        for (AutoscalingComparison.Policy p : List.of(AutoscalingComparison.Policy.REACTIVE, AutoscalingComparison.Policy.RL)) {
            AutoscalingComparison.Result r = check.run(AutoscalingComparison.Workload.FLASH_CROWD, p, seed, forecaster);
            out.printf(Locale.ROOT, "check on a fresh flash-crowd day (seed %d): %-8s %4d violation minutes, %.1f instance-hours, "
                            + "combined %.1f%n", seed, p.name().toLowerCase(Locale.ROOT), r.violationMinutes(), r.instanceHours(),
                    r.instanceHours() + options.violationWeight() * r.violationMinutes());
        }
        PolicyFile.save(policy, output);
        out.println("wrote " + output);
        return OK;
    }
}
