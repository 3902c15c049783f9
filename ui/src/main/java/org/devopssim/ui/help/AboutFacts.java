package org.devopssim.ui.help;

import java.util.List;
import java.util.function.Supplier;

/**
 * What Help > About tells: the app's version and the runtimes it runs on. The machine-learning
 * engine's line comes from the app (the UI knows no ML library), asked for when the dialog opens.
 */
public record AboutFacts(String appVersion, Supplier<String> mlEngine) {

    public List<String> lines() {
        return List.of("Version " + appVersion,
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
                "JavaFX " + System.getProperty("javafx.runtime.version", "unknown"),
                mlEngine.get());
    }
}
