package org.devopssim.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicReference;
import org.devopssim.ml.engine.PyTorchRuntime;
import org.devopssim.ml.live.OnlineTrainer;
import org.devopssim.ml.live.TrainingLog;
import org.devopssim.ml.rl.SwitchableScalingAgent;
import org.devopssim.simulation.model.Mode;
import org.devopssim.simulation.model.PriceTable;
import org.devopssim.simulation.model.Topology;
import org.devopssim.ui.help.AboutFacts;
import org.devopssim.ui.help.HelpContent;
import org.devopssim.ui.help.TourMemory;
import org.devopssim.ui.session.ImportedRules;
import org.devopssim.ui.session.LiveRun;
import org.devopssim.ui.session.PresetLoader;
import org.devopssim.ui.session.SimulationSession;

/**
 * Everything the desktop window works with except the window: the presets, price table and
 * glossary, the ML (loading once the window is drawn), the online trainer and the session with its
 * first run. {@link DesktopApp#open} builds it on a thread of its own while JavaFX starts its
 * toolkit; built after the toolkit it cost 50-130 ms of every launch.
 */
final class DesktopServices {

    /** Fixed, so two students who open the app see the same run. */
    static final long SEED = 42;

    final PresetLibrary presets = new PresetLibrary();
    final PriceTable prices = presets.prices();
    final RunFactory.Ml ml;
    final HelpContent help;
    final TrainingLog trainingLog = new TrainingLog();
    final OnlineTrainer trainer;
    /** What services on the "rl" policy use: the shipped policy until one is trained in the app. */
    final SwitchableScalingAgent rlAgent = new SwitchableScalingAgent(RunFactory.shippedScalingAgent());
    final ImportedRules importedRules = new ImportedRules();
    final SimulationSession session;
    /** The topology file given as the argument, or null. */
    final Path openedFile;
    /** The exercise file given as the argument, played once the window shows; or null. */
    final Path openedExercise;
    /** The ML engine's status for Help > About, known once the shipped model has loaded. */
    private volatile String mlEngineLine = "ML: the PyTorch engine is still starting";

    /**
     * @param args        the launcher's arguments: none, a topology file or an exercise file
     * @param windowDrawn completes once the window is drawn: the ML engine starts then, not while it opens
     */
    DesktopServices(List<String> args, CompletionStage<?> windowDrawn) throws java.io.IOException,
            org.devopssim.simulation.codec.TopologyFileException {
        // The shipped forecaster loads in the background; the statistical fallback serves until then (and
        // for good if the model is missing or corrupt: forecasts name their source, the log says why).
        ml = RunFactory.shippedMlAfter(windowDrawn);
        ml.loading().thenAccept(o -> {
            if (!o.loaded()) {
                System.err.println("DevOps Simulator: " + o.message());
            }
        });
        ml.loading().whenComplete((o, failure) -> mlEngineLine = engineLine());
        help = new HelpContent(HelpLibrary.glossary(), new AboutFacts(appVersion(), () -> mlEngineLine), TourMemory.forUser());
        // The live session keeps learning from its own traffic (not deterministic; headless runs do not).
        trainer = new OnlineTrainer(ml.forecaster(), trainingLog, OnlineTrainer.Settings.DEFAULT);
        RunFactory runs = new RunFactory(presets, ml.forecaster(), ml.detector()).withOnlineTraining(trainer)
                .withScalingAgent(rlAgent);
        // A topology file argument (see TopologyFiles) is the first thing shown; mode switches load presets.
        Path argument = args.isEmpty() ? null : Path.of(args.getFirst());
        boolean exercise = argument != null && ExerciseFiles.isExerciseFile(argument.toString());
        openedExercise = exercise ? argument : null;
        openedFile = exercise ? null : argument;
        Topology opened = openedFile == null ? null : presets.codec().read(openedFile);
        AtomicReference<Topology> first = new AtomicReference<>(opened);
        PresetLoader loader = mode -> {
            Topology t = first.getAndSet(null);
            return t != null ? t : presets.preset(mode);
        };
        session = new SimulationSession(loader, topology -> {
            RunFactory.Run run = runs.create(topology, SEED);
            // Rules the user imported from Prometheus rule files (File > Import) watch every run after.
            importedRules.rules().forEach(run.alerting()::addRule);
            return new LiveRun(run.simulation(), run.alerting()::view);
        }, opened != null ? opened.mode() : Mode.PRODUCTION);
    }

    void close() {
        session.close();
        trainer.close();
        ml.forecaster().close();
    }

    private static String engineLine() {
        try {
            return PyTorchRuntime.status().statusLine();
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            return "ML: PyTorch engine unavailable (" + e.getMessage() + "); forecasts use the statistical fallback";
        }
    }

    /** The version in the jar's manifest; a run from the IDE or the classes folder has none. */
    static String appVersion() {
        String v = DesktopServices.class.getPackage().getImplementationVersion();
        return v == null ? "(development build, not packaged)" : v;
    }
}
