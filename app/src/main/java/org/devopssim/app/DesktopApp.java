package org.devopssim.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.prefs.Preferences;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.devopssim.app.storage.AttemptDatabase;
import org.devopssim.app.storage.DataDirectory;
import org.devopssim.ui.MainWindow;
import org.devopssim.ui.exercise.Classroom;
import org.devopssim.ui.exercise.ProfileMemory;
import org.devopssim.ui.files.FileSupport;

/**
 * The desktop window: shows the session and services {@link DesktopServices} prepared, and adds
 * the classroom with its database. Start it with {@link #open(String[])}; the class with
 * {@code main} must not extend {@code Application} itself.
 */
public final class DesktopApp extends Application {

    /** Built while JavaFX starts its toolkit (see {@link #open}); ready when {@link #init} returns. */
    private static CompletableFuture<DesktopServices> preparing;
    /** Completed once the window is drawn: the ML engine starts then, not while the window opens. */
    private static final CompletableFuture<Void> windowDrawn = new CompletableFuture<>();

    private DesktopServices services;
    private MainWindow window;
    private AttemptDatabase attempts;
    private Classroom classroom;

    /** Opens the window and returns when it is closed. */
    public static void open(String[] args) {
        StartupProbe.mark("main");
        preparing = CompletableFuture.supplyAsync(() -> {
            try {
                return new DesktopServices(List.of(args), windowDrawn);
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        });
        Application.launch(DesktopApp.class, args);
    }

    /** Runs on the launcher thread once the toolkit has started: waits for the services (no I/O on the FX thread). */
    @Override
    public void init() throws Exception {
        StartupProbe.mark("init()");
        try {
            services = preparing.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
        StartupProbe.mark("services ready");
    }

    @Override
    public void start(Stage stage) {
        StartupProbe.startOnFxThread();
        window = new MainWindow(services.session, Platform::exit, services.help, services.ml.forecaster(),
                FileSupport.of(Preferences.userRoot().node("org/devopssim/ui/files"), AppDirs.dataDir().resolve("recovery"),
                        services.importedRules));
        if (services.openedFile != null) {
            window.files().adopt(services.openedFile);
        }
        window.offerAutoscalerTraining(new AppAutoscalerTrainer(services.prices, services.ml.forecaster(), services.rlAgent));
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
            if (services.openedExercise != null) {
                classroom.openFile(services.openedExercise);
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
                Grading.exerciseRuns(services.presets), attempts, ProfileMemory.forUser()));
        keepModelVersions();
    }

    /** Every online training round of the forecaster is kept in the database (written on the training thread). */
    private void keepModelVersions() {
        services.trainingLog.addListener(v -> {
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
        if (services != null) {
            services.close();
        }
    }
}
