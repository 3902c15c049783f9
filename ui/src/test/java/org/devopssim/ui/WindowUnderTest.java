package org.devopssim.ui;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.stage.Stage;
import org.devopssim.simulation.spi.LoadForecaster;
import org.devopssim.ui.files.FileSupport;
import org.devopssim.ui.help.HelpContent;
import org.devopssim.simulation.model.Mode;
import org.devopssim.ui.session.SimulationSession;
import org.testfx.util.WaitForAsyncUtils;

/** The real window on the Production preset, as the window tests open and close it. */
final class WindowUnderTest {

    final SimulationSession session;
    final MainWindow window;

    private WindowUnderTest(SimulationSession session, MainWindow window) {
        this.session = session;
        this.window = window;
    }

    static WindowUnderTest open(Stage stage, HelpContent help) {
        return open(stage, help, null);
    }

    /** @param forecaster draws the forecast on the chart and the forecast tile, or null for none */
    static WindowUnderTest open(Stage stage, HelpContent help, LoadForecaster forecaster) {
        return open(stage, help, forecaster, FileSupport.inMemory());
    }

    /** @param files where recent files and autosaves go and how files are chosen */
    static WindowUnderTest open(Stage stage, HelpContent help, LoadForecaster forecaster, FileSupport files) {
        return open(stage, help, forecaster, files, Presets.session(Mode.PRODUCTION));
    }

    /** @param session the run the window shows, made the way the test needs */
    static WindowUnderTest open(Stage stage, HelpContent help, LoadForecaster forecaster, FileSupport files,
                                SimulationSession session) {
        MainWindow window = new MainWindow(session, stage::close, help, forecaster, files);
        stage.setScene(window.scene());
        // Monocle's headless screen is 1280x800; a window beyond it breaks its frame buffer.
        stage.setWidth(1260);
        stage.setHeight(780);
        stage.show();
        window.start();
        return new WindowUnderTest(session, window);
    }

    void close() {
        window.stop();
        session.close();
    }

    static void waitUntil(String what, Supplier<Boolean> condition) throws TimeoutException {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> condition.get());
        } catch (TimeoutException e) {
            throw new TimeoutException("timed out waiting until " + what);
        }
    }
}
