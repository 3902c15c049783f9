package org.devopssim.ui.exercise;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The classroom's slow work (files, the database, replays, chart images) on one daemon thread, in
 * the order asked, with the results handed back on the FX thread.
 */
final class Background {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(
            r -> Thread.ofPlatform().name("classroom-io").daemon().unstarted(r));

    <T> void run(Callable<T> work, Consumer<T> done, Consumer<Exception> failed) {
        if (executor.isShutdown()) {
            return; // the window is closing: nothing more to do
        }
        executor.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                Platform.runLater(() -> failed.accept(e));
                return;
            }
            Platform.runLater(() -> done.accept(result));
        });
    }

    void close() {
        executor.shutdownNow();
    }
}
