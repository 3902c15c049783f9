package org.devopssim.ui.files;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import org.devopssim.simulation.imports.ImportException;
import org.devopssim.simulation.imports.Importer;
import org.devopssim.simulation.imports.prometheus.PrometheusRuleImporter;
import org.devopssim.simulation.imports.prometheus.RuleImport;
import org.devopssim.simulation.model.Topology;

/**
 * File > Import…: chooses files or a folder, imports them off the FX thread and shows the
 * editable report; the topology it makes becomes a new, unsaved document. Prometheus rule files
 * are told apart by content and get the rule report (what each alerting rule becomes, or why not).
 */
public final class ImportFlow {

    private final DocumentFiles files;

    public ImportFlow(DocumentFiles files) {
        this.files = files;
    }

    public void importFiles() {
        List<Path> chosen = files.chooseAll(FileChoosers.Purpose.IMPORT_FILES);
        if (!chosen.isEmpty()) {
            importPaths(chosen);
        }
    }

    public void importFolder() {
        files.choose(FileChoosers.Purpose.IMPORT_FOLDER, null).ifPresent(p -> importPaths(List.of(p)));
    }

    /** What the import found: the editable mapping of a topology, or the report of rule files. */
    private sealed interface Found permits Mapping, Rules {
    }

    private record Mapping(ImportModel model) implements Found {
    }

    private record Rules(RuleImport rules, List<Path> files) implements Found {
    }

    void importPaths(List<Path> paths) {
        files.background(() -> read(paths), found -> {
            switch (found) {
                case Mapping m -> showMapping(m.model());
                case Rules r -> showRules(r);
            }
        }, e -> FileDialogs.error(files.owner(), "Cannot import " + paths.getFirst().getFileName()
                + (paths.size() > 1 ? " and " + (paths.size() - 1) + " more" : ""),
                DocumentFiles.describe(e) + "\n\nNothing was imported; your current topology is unchanged."));
    }

    private static Found read(List<Path> paths) throws ImportException {
        List<Path> ruleFiles = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isRegularFile(p) && PrometheusRuleImporter.isRuleFile(p)) {
                ruleFiles.add(p);
            }
        }
        if (!ruleFiles.isEmpty()) {
            if (ruleFiles.size() != paths.size()) {
                throw new IllegalArgumentException(ruleFiles.getFirst() + " is a Prometheus rule file; import rule files"
                        + " apart from Compose files and manifests");
            }
            return new Rules(PrometheusRuleImporter.importFiles(ruleFiles), ruleFiles);
        }
        return new Mapping(new ImportModel(paths, Importer.importPaths(paths)));
    }

    ImportDialog showMapping(ImportModel model) {
        ImportDialog dialog = new ImportDialog(files.owner(), model, new ImportDialog.Builder() {
            @Override
            public void build(ImportModel m, Consumer<Topology> done, Consumer<String> failed) {
                files.background(m::build, done, e -> failed.accept(DocumentFiles.describe(e)));
            }

            @Override
            public void created(Topology topology) {
                files.replaceWithUnsaved(topology);
            }
        });
        dialog.show();
        return dialog;
    }

    private void showRules(Rules r) {
        int usable = r.rules().rules().size();
        boolean canAdd = usable > 0 && files.importedRules().isPresent();
        ButtonType add = new ButtonType("Add " + usable + " Rule" + (usable == 1 ? "" : "s") + " to the Run",
                ButtonBar.ButtonData.OK_DONE);
        Alert alert = canAdd ? new Alert(Alert.AlertType.INFORMATION, "", add, ButtonType.CLOSE)
                : new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.initOwner(files.owner());
        alert.setTitle("Import Prometheus Rules");
        alert.setHeaderText(usable + " of " + r.rules().entries().size()
                + " alerting rules of " + r.files().getFirst().getFileName() + " map to simulated rules.");
        TextArea text = new TextArea(r.rules().text() + (canAdd
                ? "\nAdding them restarts the run at second 0; they fire in the Alerts tab like the mode's own rules."
                : "\nHeadless runs use them with: devops-sim run --rules " + r.files().getFirst()));
        text.setEditable(false);
        text.setWrapText(false);
        text.setPrefSize(860, 420);
        text.setStyle("-fx-font-family: monospace;");
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setId("import-rules");
        if (canAdd) {
            alert.getDialogPane().lookupButton(add).setId("import-rules-add");
        }
        alert.setResizable(true);
        alert.setOnHidden(e -> {
            if (alert.getResult() == add) {
                files.importedRules().orElseThrow().set(r.rules().rules());
                files.restartRun();
                files.notice("Alert rules added", usable + " rules of " + r.files().getFirst().getFileName()
                        + " watch the run from second 0.");
            }
        });
        alert.show();
    }
}
