package org.devopssim.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.prefs.Preferences;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.devopssim.ml.engine.PyTorchRuntime;
import org.devopssim.ml.live.OnlineTrainer;
import org.devopssim.ml.live.TrainingLog;
import org.devopssim.simulation.model.Mode;
import org.devopssim.simulation.model.Topology;
import org.devopssim.app.storage.AttemptDatabase;
import org.devopssim.app.storage.DataDirectory;
import org.devopssim.ui.MainWindow;
import org.devopssim.ui.exercise.Classroom;
import org.devopssim.ui.exercise.ProfileMemory;
import org.devopssim.ui.files.FileSupport;
import org.devopssim.ui.help.AboutFacts;
import org.devopssim.ui.help.HelpContent;
import org.devopssim.ui.help.TourMemory;
import org.devopssim.ui.session.ImportedRules;
import org.devopssim.ui.session.LiveRun;
import org.devopssim.ui.session.PresetLoader;
import org.devopssim.ui.session.SimulationSession;

/**
 * The desktop window: wires the bundled presets, the price table and a seed into a simulation
 * session and shows it. Start it with {@link #open(String[])}; the class with {@code main} must
 * not extend {@code Application} itself.
 */
public final class DesktopApp extends Application {

    /** Fixed, so two students who open the app see the same run. */
    static final long SEED = 42;

    private SimulationSession session;
    private MainWindow window;
    private RunFactory.Ml ml;
    private OnlineTrainer trainer;
    /** What services on the "rl" policy use: the shipped policy until one is trained in the app. */
    private final org.devopssim.ml.rl.SwitchableScalingAgent rlAgent =
            new org.devopssim.ml.rl.SwitchableScalingAgent(RunFactory.shippedScalingAgent());
    private org.devopssim.simulation.model.PriceTable prices;
    private final TrainingLog trainingLog = new TrainingLog();
    private HelpContent help;
    private PresetLibrary presets;
    private AttemptDatabase attempts;
    private Classroom classroom;
    private final ImportedRules importedRules = new ImportedRules();
    /** The topology file given as the argument, or null. */
    private Path openedFile;
    /** The exercise file given as the argument, played once the window shows; or null. */
    private Path openedExercise;
    /** Completed once the window is drawn: the ML engine starts then, not while the window opens. */
    private final java.util.concurrent.CompletableFuture<Void> windowDrawn = new java.util.concurrent.CompletableFuture<>();
    /** The ML engine's status for Help > About, known once the shipped model has loaded. */
    private volatile String mlEngineLine = "ML: the PyTorch engine is still starting";

    /**
     * Started by {@link #open} on a thread of its own while JavaFX starts its toolkit: the presets, the
     * price table and the glossary are read (and Jackson warmed up) meanwhile, instead of after it in
     * {@link #init}. Launch to window was 2.3-2.5 s (docs/benchmarks-packaging.md).
     */
    private static CompletableFuture<Preload> preload = CompletableFuture.completedFuture(null);

    private record Preload(PresetLibrary presets, org.devopssim.simulation.help.Glossary glossary) {
    }

    /** Opens the window and returns when it is closed. */
    public static void open(String[] args) {
        StartupProbe.mark("main");
        preload = CompletableFuture.supplyAsync(() -> {
            PresetLibrary presets = new PresetLibrary();
            presets.prices();
            presets.preset(Mode.PRODUCTION);
            return new Preload(presets, HelpLibrary.glossary());
        });
        Application.launch(DesktopApp.class, args);
    }

    /** Runs on the launcher thread: loading the first preset here keeps I/O off the FX thread. */
    @Override
    public void init() throws Exception {
        StartupProbe.mark("init()");
        Preload preloaded = preload.join();
        StartupProbe.mark("preloaded");
        presets = preloaded != null ? preloaded.presets() : new PresetLibrary();
        // The shipped forecaster loads in the background; the statistical fallback serves until then (and
        // for good if the model is missing or corrupt: forecasts name their source, the log says why).
        ml = RunFactory.shippedMlAfter(windowDrawn);
        ml.loading().thenAccept(o -> {
            if (!o.loaded()) {
                System.err.println("DevOps Simulator: " + o.message());
            }
        });
        ml.loading().whenComplete((o, failure) -> mlEngineLine = engineLine());
        help = new HelpContent(preloaded != null ? preloaded.glossary() : HelpLibrary.glossary(), new AboutFacts(appVersion(), () -> mlEngineLine),
                TourMemory.forUser());
        // The live session keeps learning from its own traffic (not deterministic; headless runs do not).
        trainer = new OnlineTrainer(ml.forecaster(), trainingLog, OnlineTrainer.Settings.DEFAULT);
        RunFactory runs = new RunFactory(presets, ml.forecaster(), ml.detector()).withOnlineTraining(trainer)
                .withScalingAgent(rlAgent);
        prices = presets.prices();
        // A topology file argument (see TopologyFiles) is the first thing shown; mode switches load presets.
        List<String> raw = getParameters().getRaw();
        Path argument = raw.isEmpty() ? null : Path.of(raw.get(0));
        if (argument != null && ExerciseFiles.isExerciseFile(argument.toString())) {
            openedExercise = argument;
        } else {
            openedFile = argument;
        }
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
        StartupProbe.mark("init() done");
    }

    @Override
    public void start(Stage stage) {
        StartupProbe.startOnFxThread();
        window = new MainWindow(session, Platform::exit, help, ml.forecaster(),
                FileSupport.of(Preferences.userRoot().node("org/devopssim/ui/files"), AppDirs.dataDir().resolve("recovery"),
                        importedRules));
        if (openedFile != null) {
            window.files().adopt(openedFile);
        }
        window.offerAutoscalerTraining(new AppAutoscalerTrainer(prices, ml.forecaster(), rlAgent));
        stage.titleProperty().bind(window.titleProperty());
        // Closing the window asks about unsaved changes, like File > Exit.
        stage.setOnCloseRequest(e -> {
            e.consume();
            window.requestClose();
        });
        StartupProbe.mark("window built");
        stage.setScene(window.scene());
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.show();
        StartupProbe.mark("shown");
        window.start();
        enableClassroom();
        afterTwoFrames(() -> windowDrawn.complete(null));
        if (StartupProbe.on()) {
            afterTwoFrames(() -> {
                System.out.println(StartupProbe.report());
                Platform.exit();
            });
        } else {
            window.files().offerRecovery();
            if (openedExercise != null) {
                classroom.openFile(openedExercise);
            } else {
                window.offerTourOnce();
            }
        }
    }

    /** Exercises, run history and the instructor's tools, with attempts kept in the app's database. */
    private void enableClassroom() {
        Path database = DataDirectory.database();
        attempts = new AttemptDatabase(database);
        classroom = window.enableClassroom(new Classroom.Services(new DrillLibrary(database.getParent().resolve("exercises")),
                Grading.exerciseRuns(presets), attempts, ProfileMemory.forUser()));
        keepModelVersions();
    }

    /** Every online training round of the forecaster is kept in the database (written on the training thread). */
    private void keepModelVersions() {
        trainingLog.addListener(v -> {
            try {
                attempts.recordModelVersion("load-forecaster", java.util.Map.of("round", v.version(),
                        "finishedAt", v.finishedAt().toString(), "simulatedSecond", v.simulatedSecond(),
                        "samples", v.samples(), "trainingLoss", v.trainingLoss(), "validationMae", v.validationMae(),
                        "servingMae", v.servingMae(), "installed", v.installed(), "trainingMillis", v.trainingMillis()));
            } catch (org.devopssim.ui.exercise.AttemptStore.StoreException e) {
                System.err.println("DevOps Simulator: " + e.getMessage());
            }
        });
    }

    /** Two pulses after show() the scene has been laid out and painted at least once. */
    private static void afterTwoFrames(Runnable then) {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames == 2) {
                    stop();
                    then.run();
                }
            }
        }.start();
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
        String v = DesktopApp.class.getPackage().getImplementationVersion();
        return v == null ? "(development build, not packaged)" : v;
    }

    @Override
    public void stop() {
        if (window != null) {
            window.stop();
        }
        if (classroom != null) {
            classroom.close();
        }
        if (attempts != null) {
            try {
                attempts.close();
            } catch (java.sql.SQLException e) {
                System.err.println("DevOps Simulator: closing the database: " + e.getMessage());
            }
        }
        session.close();
        trainer.close();
        ml.forecaster().close();
    }

    /** The online training rounds of this session, for views that show model versions and errors. */
    public TrainingLog trainingLog() {
        return trainingLog;
    }
}
