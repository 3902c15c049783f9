package org.devopssim.ui.files;

import java.nio.file.Path;
import java.util.List;
import javafx.stage.Window;

/** Asks the user for files: the system's dialogs in the app, scripted answers in tests. */
@FunctionalInterface
public interface FileChoosers {

    /** What a file is chosen for; it sets the dialog's title, filters and kind (open, save, folder). */
    enum Purpose {
        OPEN_TOPOLOGY("Open Topology"),
        SAVE_TOPOLOGY("Save Topology As"),
        EXPORT_PNG("Export the Topology View as PNG"),
        EXPORT_SVG("Export the Topology View as SVG"),
        IMPORT_FILES("Import docker-compose, Kubernetes or Prometheus Rule Files"),
        IMPORT_FOLDER("Import a Compose Project or a Folder of Kubernetes Manifests"),
        TRACE("Replay a Metric Trace as Load");

        private final String title;

        Purpose(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }

        public boolean saves() {
            return this == SAVE_TOPOLOGY || this == EXPORT_PNG || this == EXPORT_SVG;
        }
    }

    /**
     * @param suggested a file name to offer when saving, else null
     * @return the chosen files (one, except for imports); empty when the user cancelled
     */
    List<Path> choose(Purpose purpose, String suggested, Window owner);

    /** The platform's file dialogs, starting where the user was last. */
    static FileChoosers system() {
        return new SystemFileChoosers();
    }
}
