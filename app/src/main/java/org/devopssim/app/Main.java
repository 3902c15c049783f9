package org.devopssim.app;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.devopssim.app.cli.CompareAutoscalingCommand;
import org.devopssim.app.cli.CompareForecastersCommand;
import org.devopssim.app.cli.DetectCommand;
import org.devopssim.app.cli.MlBenchCommand;
import org.devopssim.app.cli.TrainForecasterCommand;
import org.devopssim.app.cli.TrainAutoscalerCommand;
import org.devopssim.app.cli.CompareCachingCommand;
import org.devopssim.app.cli.ForecastEvalCommand;
import org.devopssim.app.cli.GradeCommand;
import org.devopssim.app.cli.ImportCommand;
import org.devopssim.app.cli.NabScoreCommand;
import org.devopssim.app.cli.RunCommand;
import org.devopssim.app.cli.Subcommand;
import org.devopssim.app.storage.DataDirectory;
import org.devopssim.app.selftest.SelfTestCommand;

/**
 * The launcher: with no arguments it opens the desktop app, otherwise it runs a subcommand
 * headless (DESIGN.md section 6). Exit codes: 0 success, 2 bad input, 1 internal error.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Offline.enforce();
        AppDirs.applyPackagedDefaults();
        if (args.length == 0) {
            DesktopApp.open(args);
            return;
        }
        if (args.length == 1 && TopologyFiles.isTopologyFile(args[0])) {
            // A double-clicked topology file (the installers associate .dstopo): open it in the window.
            String problem = TopologyFiles.check(args[0], new PresetLibrary());
            if (problem != null) {
                System.err.println("devops-sim: " + problem);
                System.exit(Subcommand.BAD_INPUT);
            }
            DesktopApp.open(args);
            return;
        }
        if (args.length == 1 && ExerciseFiles.isExerciseFile(args[0])) {
            // A double-clicked exercise (the installers associate .dsexercise): play it in the window.
            String problem = ExerciseFiles.check(args[0]);
            if (problem != null) {
                System.err.println("devops-sim: " + problem);
                System.exit(Subcommand.BAD_INPUT);
            }
            DesktopApp.open(args);
            return;
        }
        System.exit(run(args, System.out, System.err));
    }

    static Map<String, Subcommand> subcommands() {
        PresetLibrary presets = new PresetLibrary();
        // The shipped ML loads only when a run asks for it (run --no-ml and the other commands never start DJL).
        Supplier<RunFactory> withMl = memoize(() -> RunFactory.withShippedModel(presets, RunFactory.shippedMl()));
        Map<String, Subcommand> map = new LinkedHashMap<>();
        RunFactory plain = new RunFactory(presets, null, null);
        for (Subcommand s : List.<Subcommand>of(new RunCommand(presets, withMl, plain),
                new DetectCommand(), new ForecastEvalCommand(), new NabScoreCommand(), new ImportCommand(presets.codec()),
                new GradeCommand(Grading.grader(presets), DataDirectory::database), new TrainForecasterCommand(presets),
                new TrainAutoscalerCommand(presets), new CompareCachingCommand(presets),
                new CompareAutoscalingCommand(presets), new CompareForecastersCommand(presets), new MlBenchCommand(),
                new SelfTestCommand(presets, plain))) {
            map.put(s.name(), s);
        }
        return map;
    }

    private static <T> Supplier<T> memoize(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }

    /** Runs a subcommand and returns its exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, Subcommand> commands = subcommands();
        String first = args[0];
        if (first.equals("--help") || first.equals("-h") || first.equals("help")) {
            out.print(help(commands));
            return Subcommand.OK;
        }
        Subcommand command = commands.get(first);
        if (command == null) {
            err.println("devops-sim: unknown command '" + first + "'; try devops-sim --help");
            return Subcommand.BAD_INPUT;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if (rest.contains("--help") || rest.contains("-h")) {
            out.print(command.usage());
            return Subcommand.OK;
        }
        try {
            return command.run(rest, out, err);
        } catch (Exception | Error e) {
            err.println("devops-sim " + first + ": internal error: " + e);
            e.printStackTrace(err);
            return Subcommand.INTERNAL_ERROR;
        }
    }

    private static String help(Map<String, Subcommand> commands) {
        StringBuilder sb = new StringBuilder("""
                DevOps Simulator: a live simulated production system for DevOps and SRE training.

                Usage: devops-sim                 open the desktop app
                       devops-sim COMMAND [...]   run a command headless
                       devops-sim COMMAND --help  describe a command

                Commands:
                """);
        commands.values().forEach(c -> sb.append("  %-20s %s%n".formatted(c.name(), c.summary())));
        return sb.toString();
    }
}
