package org.devopssim.ui.files;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** JavaFX's native file dialogs with the filters of each purpose; remembers the last folder. */
final class SystemFileChoosers implements FileChoosers {

    private File lastFolder;

    @Override
    public List<Path> choose(Purpose purpose, String suggested, Window owner) {
        if (purpose == Purpose.IMPORT_FOLDER) {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(purpose.title());
            start(chooser::setInitialDirectory);
            return remember(chooser.showDialog(owner));
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(purpose.title());
        start(chooser::setInitialDirectory);
        chooser.getExtensionFilters().addAll(filters(purpose));
        if (suggested != null) {
            chooser.setInitialFileName(suggested);
        }
        if (purpose.saves()) {
            return remember(chooser.showSaveDialog(owner));
        }
        if (purpose == Purpose.IMPORT_FILES) {
            List<File> files = chooser.showOpenMultipleDialog(owner);
            if (files == null || files.isEmpty()) {
                return List.of();
            }
            lastFolder = files.getFirst().getParentFile();
            return files.stream().map(File::toPath).toList();
        }
        return remember(chooser.showOpenDialog(owner));
    }

    private void start(java.util.function.Consumer<File> setInitial) {
        if (lastFolder != null && lastFolder.isDirectory()) {
            setInitial.accept(lastFolder);
        }
    }

    private List<Path> remember(File chosen) {
        if (chosen == null) {
            return List.of();
        }
        lastFolder = chosen.isDirectory() ? chosen : chosen.getParentFile();
        return List.of(chosen.toPath());
    }

    private static List<FileChooser.ExtensionFilter> filters(Purpose purpose) {
        FileChooser.ExtensionFilter all = new FileChooser.ExtensionFilter("All files", "*");
        return switch (purpose) {
            case OPEN_TOPOLOGY -> List.of(new FileChooser.ExtensionFilter("Topologies (*.dstopo, *.json)", "*.dstopo", "*.json"),
                    new FileChooser.ExtensionFilter("DevOps Simulator topology (*.dstopo)", "*.dstopo"),
                    new FileChooser.ExtensionFilter("JSON (*.json)", "*.json"), all);
            case SAVE_TOPOLOGY -> List.of(new FileChooser.ExtensionFilter("DevOps Simulator topology (*.dstopo)", "*.dstopo"),
                    new FileChooser.ExtensionFilter("JSON (*.json)", "*.json"));
            case EXPORT_PNG -> List.of(new FileChooser.ExtensionFilter("PNG image (*.png)", "*.png"));
            case EXPORT_SVG -> List.of(new FileChooser.ExtensionFilter("SVG drawing (*.svg)", "*.svg"));
            case IMPORT_FILES -> List.of(new FileChooser.ExtensionFilter("Compose, manifests, rules (*.yaml, *.yml, *.json)",
                    "*.yaml", "*.yml", "*.json"), all);
            case TRACE -> List.of(new FileChooser.ExtensionFilter("Metric series (*.csv, *.json)", "*.csv", "*.json"), all);
            case IMPORT_FOLDER -> List.of();
        };
    }
}
